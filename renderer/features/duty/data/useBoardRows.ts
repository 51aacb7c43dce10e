import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { useNow } from '../../../app/useNow';
import { buildBoardRows, type BoardRow } from '../model/boardRows';

/**
 * Every note this desk holds with its derived state. The replication scope bounds what a desk holds
 * (shared/sync/tables.ts), so reading all of it is bounded too; deriving is done once per change,
 * and filters then run over the result in memory (tests/bench: 20,000 notes, 100,000 updates).
 */
export const useBoardRows = (): BoardRow[] | undefined => {
  const db = useDb();
  const now = useNow(60_000);
  const data = useLiveQuery(
    async () => ({ notes: await db.bottlenecks.toArray(), updates: await db.bottleneckUpdates.toArray() }),
    [db],
  );
  return useMemo(() => (data ? buildBoardRows(data.notes, data.updates, now) : undefined), [data, now]);
};
