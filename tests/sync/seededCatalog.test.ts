import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { seedDemoData } from '../../renderer/db/seed';
import { SyncEngine } from '../../renderer/sync/engine';
import { setSyncState } from '../../renderer/sync/stores';
import { demoPassword, seedDemo } from '../../server/seedDemo';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { demoCatalog } from '../../shared/demo/catalog';
import { demoDutyRows } from '../../shared/demo/duty';

/**
 * Every desk seeds the demo catalog on first start and the server seeds it with `seed-demo`. Because
 * seeded rows have deterministic ids (`item-<事项编码>`), syncing must leave one copy of each item:
 * the server's version replaces the desk's, nothing is pushed, nothing doubles.
 */
let server: TestServer;
const desks: OnceDeskDb[] = [];

beforeAll(async () => {
  server = await startTestServer('pglite');
});

afterAll(async () => {
  await Promise.all(desks.map((db) => db.delete()));
  await server.close();
});

const serverItemCount = async () =>
  Number(
    (
      await server.database.query<{ count: string }>(
        `SELECT count(*) AS count FROM rows WHERE table_name = 'items'`,
      )
    ).rows[0]?.count,
  );

it('keeps one copy of each seeded item across the server and several desks', async () => {
  const before = await serverItemCount();
  expect(before).toBe(demoCatalog.length);
  await seedDemo(server.database, server.clock.now());
  expect(await serverItemCount()).toBe(before);

  for (const username of ['rs-staff', 'rs-staff2', 'mz-staff']) {
    const db = openDatabase(`seeded-${randomUUID()}`);
    desks.push(db);
    // A desk first started two days before the server was seeded: its demo week is another week.
    await seedDemoData(db, new Date(server.clock.now().getTime() - 2 * 86_400_000));
    const engine = new SyncEngine({
      db,
      fetch: (input, init) => fetch(input, init),
      now: server.clock.now,
      pbkdf2Iterations: 1000,
    });
    await setSyncState(db, 'serverUrl', server.url);
    await engine.signIn(username, demoPassword);
    expect(await engine.sync()).toBe('synced');
    expect(await engine.sync()).toBe('synced');

    const items = await db.items.toArray();
    expect(items).toHaveLength(demoCatalog.length);
    expect(new Set(items.map((item) => item.id))).toEqual(new Set(demoCatalog.map((item) => item.id)));
    // The desk's own department's items now carry the server's versions; nothing waits to be pushed.
    expect(items.some((item) => item.version > 0)).toBe(true);
    expect(await db.outbox.count()).toBe(0);

    // The demo week: the server's rows (its clock) replaced the desk's own, one copy of each.
    const serverWeek = demoDutyRows(server.clock.now());
    const department = username.startsWith('rs') ? 'dept-JN-RS' : 'dept-JN-MZ';
    const own = await db.bottlenecks
      .where('id')
      .anyOf(serverWeek.notes.map((note) => note.id))
      .toArray();
    const ownNotes = own.filter((note) => note.departmentId === department);
    expect(ownNotes.length).toBeGreaterThan(0);
    for (const note of ownNotes) {
      expect(note.version).toBeGreaterThan(0);
      expect(note.raisedAt).toBe(serverWeek.notes.find((row) => row.id === note.id)!.fields.raisedAt);
    }
    const shifts = (await db.shifts.toArray()).filter((shift) => shift.departmentId === department);
    expect(shifts.every((shift) => shift.version > 0)).toBe(true);
  }
  expect(await serverItemCount()).toBe(demoCatalog.length);
});
