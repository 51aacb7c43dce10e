import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { countWaitingRecords } from '../../db/mutate';

/** Records with changes the server has not yet acknowledged; `undefined` while loading. */
export const usePendingChanges = (): number | undefined => {
  const db = useDb();
  return useLiveQuery(() => countWaitingRecords(db), [db]);
};
