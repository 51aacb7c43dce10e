import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { addTestDepartment, startTestServer, testPassword, type TestServer, staffIdOf } from './testServer';
import { caseFields } from './testClient';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { SyncEngine } from '../../renderer/sync/engine';
import { heldOf } from '../../renderer/sync/held';
import { getSyncState, rejectionsOf } from '../../renderer/sync/stores';
import { toIsoInstant } from '../../shared/time';
import { addHall } from '../../server/adminHalls';

/**
 * Issue 6: outbox entries queued by a build that did not record authors, on a desk that upgrades. The
 * upgrade (Dexie version 8) attributes them to the desk's clerk at that moment and records that it did;
 * they then go up under that clerk's name — held until that clerk has signed in here — never refused
 * for good and never under the name of whoever happens to push.
 */
let server: TestServer;
const databases: OnceDeskDb[] = [];

beforeAll(async () => {
  server = await startTestServer(0);
});
afterAll(async () => {
  for (const db of databases) {
    db.close();
    await db.delete();
  }
  await server.close();
});

const updatedByOnServer = async (id: string) =>
  (
    await server
      .database()
      .query<{ updated_by: string }>(`SELECT updated_by FROM rows WHERE table_name = 'cases' AND id = $1`, [
        id,
      ])
  ).rows[0]?.updated_by;

/** The database as Dexie version 7 left it: the same stores as now (version 8 adds none). */
const openVersion7 = (name: string) => {
  const latest = openDatabase(name);
  const stores = Object.fromEntries(
    latest.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
    ]),
  );
  const old = new Dexie(name);
  old.version(7).stores(stores);
  return old;
};

describe('outbox entries from before authors were recorded', () => {
  it('are the desk’s clerk’s at the upgrade, recorded as such, and land under that name only', async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 2);
    const [deskClerk, nextClerk] = [usernames[0]!, usernames[1]!];
    const deskClerkId = await staffIdOf(server.database(), deskClerk);
    const code = (
      await server
        .database()
        .query<{ code: string }>('SELECT code FROM departments WHERE id = $1', [departmentId])
    ).rows[0]!.code;
    const { id: hallId } = await addHall(server.database(), {
      departmentCode: code,
      code: `H${code}`,
      name: '测试大厅',
    });
    const name = `legacy-outbox-${uuidv7()}`;
    const at = toIsoInstant(new Date());
    const id = uuidv7();

    const old = openVersion7(name);
    await old.open();
    await old.table('meta').bulkPut([
      {
        key: 'desk',
        value: { departmentId, hallId, windowId: 'win-test', staffId: deskClerkId },
      },
      { key: 'lastSeq', value: 2 },
    ]);
    const fields = { ...caseFields(departmentId, deskClerkId, '升级前办件', new Date()), hallId };
    await old
      .table('cases')
      .put({ ...fields, id, version: 0, deleted: false, updatedAt: at, updatedBy: deskClerkId });
    // As the older build queued them: no author.
    await old.table('outbox').bulkPut([
      { seq: 1, mutationId: uuidv7(), table: 'cases', op: 'upsert', rowId: id, fields, baseVersion: 0, at },
      {
        seq: 2,
        mutationId: uuidv7(),
        table: 'cases',
        op: 'upsert',
        rowId: id,
        fields: { outcomeNote: '升级前补充' },
        baseVersion: 0,
        at,
      },
    ]);
    old.close();

    const db = openDatabase(name);
    databases.push(db);
    await db.open();
    expect((await db.outbox.toArray()).map((entry) => entry.author)).toEqual([deskClerkId, deskClerkId]);
    expect(await getSyncState(db, 'assumedAuthors')).toMatchObject({ staffId: deskClerkId, entries: 2 });

    // Another clerk is the first to sign in after the upgrade: the entries wait, they do not go as theirs.
    const engine = new SyncEngine({
      db,
      fetch: (input, init) => fetch(input, init),
      now: () => new Date(),
      pbkdf2Iterations: 1000,
    });
    await engine.setServerUrl(server.url());
    await engine.signIn(nextClerk, testPassword);
    expect(await engine.sync(), JSON.stringify(engine.status.get().lastError)).toBe('synced');
    expect(await updatedByOnServer(id)).toBeUndefined();
    expect(await heldOf(db).count()).toBe(2);
    expect(await rejectionsOf(db).count()).toBe(0);

    // The desk's clerk signs in: the work lands under their name.
    await engine.signIn(deskClerk, testPassword);
    expect(await engine.sync()).toBe('synced');
    expect(await updatedByOnServer(id)).toBe(deskClerkId);
    expect(await heldOf(db).count()).toBe(0);
    expect(await rejectionsOf(db).count()).toBe(0);
    expect((await db.cases.get(id as never))?.outcomeNote).toBe('升级前补充');
  });

  it('are left as they were on a desk no clerk had taken (the pusher’s, as before)', async () => {
    const name = `legacy-outbox-${uuidv7()}`;
    const old = openVersion7(name);
    await old.open();
    const at = toIsoInstant(new Date());
    await old.table('outbox').put({
      seq: 1,
      mutationId: uuidv7(),
      table: 'cases',
      op: 'upsert',
      rowId: uuidv7(),
      fields: {},
      baseVersion: 0,
      at,
    });
    old.close();
    const db = openDatabase(name);
    databases.push(db);
    await db.open();
    expect((await db.outbox.toArray())[0]!.author).toBeUndefined();
    expect(await getSyncState(db, 'assumedAuthors')).toBeUndefined();
  });
});
