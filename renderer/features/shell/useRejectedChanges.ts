import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { rejectionsOf } from '../../sync/stores';

/** Changes the server refused and the clerk has not dismissed yet; `undefined` while loading. */
export const useRejectedChanges = (): number | undefined => {
  const db = useDb();
  return useLiveQuery(() => rejectionsOf(db).count(), [db]);
};
