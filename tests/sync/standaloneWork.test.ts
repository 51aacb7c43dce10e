import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { addTestDepartment, startTestServer, testPassword, type TestServer, staffIdOf } from './testServer';
import { caseFields } from './testClient';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { countWaitingRecords, mutate } from '../../renderer/db/mutate';
import { SyncEngine } from '../../renderer/sync/engine';
import { heldOf } from '../../renderer/sync/held';
import { rejectionsOf } from '../../renderer/sync/stores';

/**
 * Issue 6: work done on a standalone desk (no server) by one clerk, pushed after the desk was connected
 * and another clerk signed in. The server takes a claimed author only if that person signed in on this
 * desk, so the work is neither refused for good nor pushed under the next clerk's name: it waits on the
 * desk, counted and explained, and goes up under its real author once that clerk signs in here.
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

const onServer = async (id: string) =>
  (
    await server.database().query<{
      updated_by: string;
      fields: Record<string, unknown>;
      field_versions: Record<string, { s: string }>;
    }>(`SELECT updated_by, fields, field_versions FROM rows WHERE table_name = 'cases' AND id = $1`, [id])
  ).rows[0];

describe('work from the desk’s standalone days', () => {
  it('waits, visibly, for its clerk to sign in here, then lands under that clerk’s name', async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 2);
    const [earlier, later] = [usernames[0]!, usernames[1]!];
    const [earlierId, laterId] = [
      await staffIdOf(server.database(), earlier),
      await staffIdOf(server.database(), later),
    ];
    const db = openDatabase(`standalone-${uuidv7()}`);
    databases.push(db);
    const now = () => new Date();
    const engine = new SyncEngine({
      db,
      fetch: (input, init) => fetch(input, init),
      now,
      pbkdf2Iterations: 1000,
    });
    const write = (rowId: string, fields: Record<string, unknown>, by: string) =>
      mutate(db, {
        table: 'cases',
        rowId,
        op: 'upsert',
        fields,
        by,
        now: now(),
        writer: { staffId: by, roles: ['staff'], departmentId },
      });

    // Standalone: the earlier clerk takes two cases, no server anywhere.
    const first = uuidv7();
    const second = uuidv7();
    await write(first, caseFields(departmentId, earlierId, '单机办件一', now()), earlierId);
    await write(second, caseFields(departmentId, earlierId, '单机办件二', now()), earlierId);
    await write(first, { outcomeNote: '单机时补充' }, earlierId);

    // Connected later; the later clerk signs in, takes a case and adds to one of the earlier clerk's.
    await engine.setServerUrl(server.url());
    await engine.signIn(later, testPassword);
    const own = uuidv7();
    await write(own, caseFields(departmentId, laterId, '联网办件', now()), laterId);
    await write(second, { outcomeNote: '后来者补充' }, laterId);
    expect(await engine.sync()).toBe('synced');

    // The later clerk's own case is up; nothing of the earlier clerk's was refused or sent as the later's.
    expect((await onServer(own))?.updated_by).toBe(laterId);
    expect(await onServer(first)).toBeUndefined();
    expect(await onServer(second)).toBeUndefined();
    expect(await rejectionsOf(db).count()).toBe(0);
    // Set aside on the desk, counted as waiting: the two cases (and the edit behind one of them).
    const held = await heldOf(db).toArray();
    expect(held.map((entry) => [entry.rowId, entry.author])).toEqual([
      [first, earlierId],
      [second, earlierId],
      [first, earlierId],
      [second, laterId],
    ]);
    expect(await countWaitingRecords(db)).toBe(2);
    expect(await engine.sync()).toBe('synced');
    expect(await onServer(first)).toBeUndefined();

    // The earlier clerk signs in on this desk (换人): the work goes up under their own name.
    await engine.signIn(earlier, testPassword);
    expect(await engine.sync()).toBe('synced');
    expect(await heldOf(db).count()).toBe(0);
    expect(await rejectionsOf(db).count()).toBe(0);
    expect(await countWaitingRecords(db)).toBe(0);
    const firstRow = await onServer(first);
    expect(firstRow).toMatchObject({ updated_by: earlierId, fields: { outcomeNote: '单机时补充' } });
    expect(firstRow?.field_versions.applicantName?.s).toBe(earlierId);
    const secondRow = await onServer(second);
    expect(secondRow?.field_versions.applicantName?.s).toBe(earlierId);
    expect(secondRow).toMatchObject({ updated_by: laterId, fields: { outcomeNote: '后来者补充' } });
    // And the desk converges on the server's rows.
    expect((await db.cases.get(first as never))?.outcomeNote).toBe('单机时补充');
  });
});
