import { Dexie } from 'dexie';
import type { Case } from '../../../shared/domain/case';
import { isFinished } from '../../../shared/domain/case';
import type { ItemId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/time';
import type { OnceDeskDb } from '../../db/schema';
import { finishedOnReturnVisit } from '../../../shared/domain/returnVisit';
import { returnVisitsOfDay } from '../cases/data/useTodayCases';

export type TodayCounts = {
  total: number;
  /** 办结 on the first visit: the 一次办结 figure. */
  completedInOneVisit: number;
  /** 办结 today on a return visit after 需补正 (the case may have started on an earlier day). */
  completedOnReturn: number;
  needsSupplement: number;
  inProgress: number;
};

/**
 * Today's counts at one window. Only today's rows are read, through the `day` index: the desk may
 * hold years of synced cases, and the home screen must not grow slower as they pile up.
 */
export const countTodayAtWindow = async (
  db: OnceDeskDb,
  day: IsoDay,
  windowId: string,
): Promise<TodayCounts> => {
  const counts: TodayCounts = {
    total: 0,
    completedInOneVisit: 0,
    completedOnReturn: 0,
    needsSupplement: 0,
    inProgress: 0,
  };
  await db.cases
    .where('day')
    .equals(day)
    .each((row) => {
      if (row.deleted || row.windowId !== windowId) return;
      counts.total += 1;
      if (finishedOnReturnVisit(row)) counts.completedOnReturn += 1;
      else if (row.status === 'completedInOneVisit') counts.completedInOneVisit += 1;
      else if (row.status === 'needsSupplement') counts.needsSupplement += 1;
      else if (!isFinished(row.status)) counts.inProgress += 1;
    });
  // Applicants back today for a case started earlier: counted at the window that saw them today.
  for (const row of await returnVisitsOfDay(db, day)) {
    if (row.deleted || row.visits?.at(-1)?.windowId !== windowId) continue;
    counts.total += 1;
    if (finishedOnReturnVisit(row)) counts.completedOnReturn += 1;
    else if (!isFinished(row.status)) counts.inProgress += 1;
  }
  return counts;
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
