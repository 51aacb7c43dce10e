import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { ackedKeepDays, ackedPrunePerPass, pruneAcked } from './ackedPrune';
import { ackedOf, setSyncState, type AckedRow } from './stores';

const dayMs = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-01T08:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs).toISOString();
const at = daysAgo(0);

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const freshDb = async (): Promise<OnceDeskDb> => {
  const db = openDatabase(`acked-${Math.random()}`);
  opened.push(db);
  await db.open();
  return db;
};

const acked = (rowId: string, version: number, ackedAt: string): AckedRow => ({
  table: 'cases',
  rowId,
  version,
  fields: ['outcomeNote'],
  deleted: false,
  ackedAt,
});

const row = (id: string, version: number) => ({
  id,
  version,
  deleted: false,
  updatedAt: at,
  updatedBy: 's1',
});

describe('pruneAcked', () => {
  it('drops only old acknowledgements the cursor has passed on rows seen at that version or gone', async () => {
    const db = await freshDb();
    await setSyncState(db, 'cursor', 100);
    const old = daysAgo(ackedKeepDays + 1);
    await db
      .syncedTable('cases')
      .bulkPut([row('seen', 60), row('recent', 60), row('ahead', 150), row('stale', 10)]);
    await ackedOf(db).bulkPut([
      acked('seen', 50, old), // pulled past it: done with
      acked('evicted', 40, old), // no longer on this desk: done with
      acked('recent', 50, daysAgo(ackedKeepDays - 1)), // a restore from last week's backup still needs it
      acked('ahead', 120, old), // the cursor has not passed it
      acked('stale', 30, old), // the desk holds the row at an older version (version 0 rule needs it)
    ]);
    expect(await pruneAcked(db, now)).toBe(2);
    expect((await ackedOf(db).toArray()).map((entry) => entry.rowId).sort()).toEqual([
      'ahead',
      'recent',
      'stale',
    ]);
  });

  it('looks at a bounded number of entries per pass', async () => {
    const db = await freshDb();
    await setSyncState(db, 'cursor', 10_000);
    const old = daysAgo(ackedKeepDays + 5);
    await ackedOf(db).bulkPut(
      Array.from({ length: ackedPrunePerPass + 10 }, (_, index) => acked(`gone-${index}`, index + 1, old)),
    );
    expect(await pruneAcked(db, now)).toBe(ackedPrunePerPass);
    expect(await pruneAcked(db, now)).toBe(10);
    expect(await ackedOf(db).count()).toBe(0);
  });

  it('keeps acknowledgements recorded before this version a full period from the upgrade', async () => {
    const name = `acked-upgrade-${Math.random()}`;
    // The database as version 5 left it: the same stores, `acked` without `ackedAt`.
    const latest = openDatabase(name);
    const stores = Object.fromEntries(
      latest.tables.map((table) => [
        table.name,
        [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
      ]),
    );
    const v5 = new Dexie(name);
    v5.version(5).stores({ ...stores, acked: '[table+rowId], version' });
    await v5.open();
    await v5
      .table('acked')
      .put({ table: 'cases', rowId: 'c1', version: 5, fields: ['outcomeNote'], deleted: false });
    v5.close();
    const db = openDatabase(name);
    opened.push(db);
    const before = Date.now();
    await db.open();
    const [entry] = await ackedOf(db).toArray();
    expect(Date.parse(entry!.ackedAt!)).toBeGreaterThanOrEqual(before - 1000);
    await setSyncState(db, 'cursor', 100);
    expect(await pruneAcked(db, new Date())).toBe(0);
    expect(await pruneAcked(db, new Date(Date.now() + (ackedKeepDays + 1) * dayMs))).toBe(1);
  });
});
