import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { caseStatusSchema, type Case } from '../../../../shared/domain/case';
import type { IsoDay } from '../../../../shared/time';
import { lastVisitDay } from '../../../../shared/domain/returnVisit';
import { useDb } from '../../../app/DbContext';
import type { OnceDeskDb } from '../../../db/schema';

/**
 * One hall day's cases, newest first, read through the `[day+startedAt]` index: the query touches only
 * that day's rows however many cases the desk has stored.
 */
export const casesOfDay = async (db: OnceDeskDb, day: IsoDay): Promise<Case[]> => {
  const [started, returned] = await Promise.all([
    db.cases.where('[day+startedAt]').between([day, Dexie.minKey], [day, Dexie.maxKey]).reverse().toArray(),
    returnVisitsOfDay(db, day),
  ]);
  return [...returned, ...started];
};

/**
 * Cases started on an earlier day whose applicant came back today (补正续办): they belong to today's
 * work too, whatever they ended as (办结, 已代收, 已撤回 after 离婚登记's second visit, 需补正 again).
 * A case still 待办理 has had one visit only, so the status index skips those; the rest is bounded by
 * the desk's sync scope.
 */
export const returnVisitsOfDay = (db: OnceDeskDb, day: IsoDay): Promise<Case[]> =>
  db.cases
    .where('status')
    .anyOf(caseStatusSchema.options.filter((status) => status !== 'started'))
    .filter((row) => row.day < day && (row.visits?.length ?? 0) > 1 && lastVisitDay(row) === day)
    .toArray();

/** Live: Dexie re-runs the query only when a row in that day's key range changes. */
export const useTodayCases = (day: IsoDay): Case[] | undefined => {
  const db = useDb();
  return useLiveQuery(() => casesOfDay(db, day), [db, day]);
};
