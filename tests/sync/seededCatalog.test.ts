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
    await seedDemoData(db, server.clock.now());
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
  }
  expect(await serverItemCount()).toBe(demoCatalog.length);
});
