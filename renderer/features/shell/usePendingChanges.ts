import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { countOutbox } from '../../db/mutate';

/** Outbox entries not yet acknowledged by the server; `undefined` while loading. */
export const usePendingChanges = (): number | undefined => {
  const db = useDb();
  return useLiveQuery(() => countOutbox(db), [db]);
};
