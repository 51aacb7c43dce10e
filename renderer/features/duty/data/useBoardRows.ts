import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { useNow } from '../../../app/useNow';
import { buildBoardRows, type BoardRow } from '../model/boardRows';
import { useDutyActor } from './useDutyActor';
import { hallDayOf, startOfHallDay } from '../../../../shared/time';

/**
 * Every note of this desk's department with its derived state (a desk started without a server holds
 * both bureaus' demo notes; another department's are never shown). The replication scope bounds what a desk holds
 * (shared/sync/tables.ts), so reading all of it is bounded too; deriving is done once per change,
 * and filters then run over the result in memory (tests/bench: 20,000 notes, 100,000 updates).
 */
export const useBoardRows = (): BoardRow[] | undefined => {
  const db = useDb();
  const now = useNow(60_000);
  const departmentId = useDutyActor()?.desk.departmentId;
  const data = useLiveQuery(
    async () =>
      departmentId === undefined
        ? undefined
        : {
            notes: (await db.bottlenecks.toArray()).filter((note) => note.departmentId === departmentId),
            updates: (await db.bottleneckUpdates.toArray()).filter(
              (update) => update.departmentId === departmentId,
            ),
          },
    [db, departmentId],
  );
  // Overdue changes with the hall day, not the minute: the states are derived again only when the
  // notes change or the day turns (deriving 20,000 notes costs a few hundred ms on an old PC).
  const today = hallDayOf(now);
  const dayStart = useMemo(() => startOfHallDay(today), [today]);
  return useMemo(
    () => (data ? buildBoardRows(data.notes, data.updates, dayStart) : undefined),
    [data, dayStart],
  );
};
