import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../../shared/domain/case';
import type { IsoDay } from '../../../../shared/time';
import { useDb } from '../../../app/DbContext';
import type { OnceDeskDb } from '../../../db/schema';

/**
 * One hall day's cases, newest first, read through the `[day+startedAt]` index: the query touches only
 * that day's rows however many cases the desk has stored.
 */
export const casesOfDay = (db: OnceDeskDb, day: IsoDay): Promise<Case[]> =>
  db.cases.where('[day+startedAt]').between([day, Dexie.minKey], [day, Dexie.maxKey]).reverse().toArray();

/** Live: Dexie re-runs the query only when a row in that day's key range changes. */
export const useTodayCases = (day: IsoDay): Case[] | undefined => {
  const db = useDb();
  return useLiveQuery(() => casesOfDay(db, day), [db, day]);
};
