import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from './schema';
import { demoDataVersion, seedDemoData } from './seed';
import { setMeta } from './meta';
import { demoCatalog } from '../../shared/demo/catalog';

const now = new Date('2026-11-27T02:00:00.000Z');
const db = openDatabase('seed-test');

afterEach(async () => {
  await db.delete();
  await db.open();
});

it('seeds the catalog once, without outbox entries', async () => {
  await seedDemoData(db, now);
  await seedDemoData(db, now);
  expect(await db.items.count()).toBe(demoCatalog.length);
  expect(await db.outbox.count()).toBe(0);
  expect(await db.departments.count()).toBeGreaterThanOrEqual(2);
});

it('never overwrites an item the server already sent', async () => {
  const first = demoCatalog[0]!;
  await db.items.put({
    ...first,
    name: '服务器上的名称',
    version: 7,
    updatedAt: now.toISOString() as never,
    updatedBy: 'chief',
    deleted: false,
  });
  await setMeta(db, 'seededDemo', demoDataVersion - 1);
  await seedDemoData(db, now);
  expect((await db.items.get(first.id))?.name).toBe('服务器上的名称');
  expect(await db.items.count()).toBe(demoCatalog.length);
});

it('seeds the demo week of shifts and notes once, and never over a pulled note', async () => {
  await seedDemoData(db, now);
  const shifts = await db.shifts.count();
  const notes = await db.bottlenecks.toArray();
  expect(shifts).toBeGreaterThan(0);
  expect(notes.length).toBeGreaterThan(0);
  expect(await db.bottleneckUpdates.count()).toBeGreaterThan(notes.length);
  const pulled = { ...notes[0]!, description: '服务器上的描述', version: 9 };
  await db.bottlenecks.put(pulled);
  await setMeta(db, 'seededDemo', demoDataVersion - 1);
  await seedDemoData(db, now);
  expect((await db.bottlenecks.get(pulled.id))?.description).toBe('服务器上的描述');
  expect(await db.shifts.count()).toBe(shifts);
  expect(await db.outbox.count()).toBe(0);
});
