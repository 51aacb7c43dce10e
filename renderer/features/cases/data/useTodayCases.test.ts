import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../../../db/schema';
import { openCase } from '../model/fixtures';
import type { Case } from '../../../../shared/domain/case';
import type { IsoDay } from '../../../../shared/time';
import { casesOfDay } from './useTodayCases';

let db: OnceDeskDb;
let counter = 0;

beforeEach(() => {
  counter += 1;
  db = openDatabase(`today-cases-${counter}`);
});

afterEach(async () => {
  await db.delete();
});

const caseAt = (id: string, startedAt: string): Case => ({
  ...openCase,
  id: id as Case['id'],
  startedAt: startedAt as Case['startedAt'],
  day: new Date(Date.parse(startedAt) + 8 * 3600_000).toISOString().slice(0, 10) as IsoDay,
});

describe('casesOfDay', () => {
  it("returns only that hall day's cases, newest first, across many stored days", async () => {
    const rows: Case[] = [];
    // 60 days × 50 cases, inserted out of order.
    for (let day = 0; day < 60; day += 1)
      for (let n = 0; n < 50; n += 1) {
        const instant = new Date(Date.UTC(2026, 9, 1 + day, 1, n)).toISOString();
        rows.push(caseAt(`c-${day}-${n}`, instant));
      }
    await db.cases.bulkPut(rows.reverse());
    // Hall midnight is 16:00 UTC the day before: a case at 17:00 UTC belongs to the next hall day.
    await db.cases.put(caseAt('late', '2026-10-10T17:00:00.000Z'));
    const day = await casesOfDay(db, '2026-10-11' as IsoDay);
    expect(day).toHaveLength(51);
    expect(day[0]!.id).toBe('c-10-49');
    expect(day.at(-1)!.id).toBe('late');
    const starts = day.map((row) => row.startedAt);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(await casesOfDay(db, '2026-12-31' as IsoDay)).toEqual([]);
  });
});
