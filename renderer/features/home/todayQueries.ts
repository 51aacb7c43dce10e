import { Dexie } from 'dexie';
import type { Case } from '../../../shared/domain/case';
import { isFinished } from '../../../shared/domain/case';
import { dayFigures, type DayFigures } from '../../../shared/domain/dayFigures';
import type { ItemId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/time';
import type { OnceDeskDb } from '../../db/schema';
import { returnVisitsOfDay } from '../cases/data/useTodayCases';

export type TodayCounts = DayFigures;

/**
 * Today's figures at one window. Only today's rows are read, through the `day` index, plus the cases an
 * applicant came back for today: the desk may hold years of synced cases, and the home screen must not
 * grow slower as they pile up. The counting itself is the pure `dayFigures`.
 */
export const countTodayAtWindow = async (
  db: OnceDeskDb,
  day: IsoDay,
  windowId: string,
): Promise<TodayCounts> => {
  const [started, returned] = await Promise.all([
    db.cases.where('day').equals(day).toArray(),
    returnVisitsOfDay(db, day),
  ]);
  return dayFigures([...started, ...returned], day, { windowId });
};

/**
 * The latest unfinished cases of this window, newest first, walking the `[day+startedAt]` index
 * backwards from the end of `day` and stopping at `limit`. The walk is bounded to `sinceDay` so a
 * desk whose old cases are all finished does not scan its whole history to find nothing.
 */
export const recentUnfinishedAtWindow = (
  db: OnceDeskDb,
  windowId: string,
  sinceDay: IsoDay,
  day: IsoDay,
  limit: number,
): Promise<Case[]> =>
  db.cases
    .where('[day+startedAt]')
    .between([sinceDay, Dexie.minKey], [day, Dexie.maxKey], true, true)
    .reverse()
    .filter((row) => !row.deleted && row.windowId === windowId && !isFinished(row.status))
    .limit(limit)
    .toArray();

/**
 * The items this window handled most since `sinceDay`, most frequent first (ties: most recent first).
 * Reads one bounded range of the `[day+startedAt]` index, like the unfinished list.
 */
export const frequentItemsAtWindow = async (
  db: OnceDeskDb,
  windowId: string,
  sinceDay: IsoDay,
  day: IsoDay,
  limit: number,
): Promise<ItemId[]> => {
  const tally = new Map<ItemId, { count: number; latest: string }>();
  await db.cases
    .where('[day+startedAt]')
    .between([sinceDay, Dexie.minKey], [day, Dexie.maxKey], true, true)
    .each((row) => {
      if (row.deleted || row.windowId !== windowId) return;
      const entry = tally.get(row.itemId) ?? { count: 0, latest: '' };
      entry.count += 1;
      if (row.startedAt > entry.latest) entry.latest = row.startedAt;
      tally.set(row.itemId, entry);
    });
  return [...tally]
    .sort(([, a], [, b]) => b.count - a.count || b.latest.localeCompare(a.latest))
    .slice(0, limit)
    .map(([itemId]) => itemId);
};
