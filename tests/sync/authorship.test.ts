import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestDepartment,
  backupServer,
  staffIdOf,
  startTestServer,
  testPassword,
  type TestServer,
} from './testServer';
import { createCase, openTestClient, type TestClient } from './testClient';
import { unlockOffline } from '../../renderer/sync/auth';
import { getMeta, setMeta } from '../../renderer/db/meta';
import { getSyncState, rejectionsOf } from '../../renderer/sync/stores';
import { heldOf } from '../../renderer/sync/held';
import { createSyncHttp } from '../../renderer/sync/http';
import { schemaVersion } from '../../shared/sync/contract';

/**
 * Issue 6, item 7, played through the real desk code: each change keeps who made it at the desk. After
 * 换人 — online or offline — the previous clerk's pending work goes up under the previous clerk's name
 * (not refused, not the next clerk's, not lost), and a desk that replays another desk's mutations under
 * their authors' names has them refused and shown, while the real desk's work still arrives.
 */
let server: TestServer;
const open: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer(0);
});
afterAll(async () => {
  await Promise.all(open.map((desk) => desk.close()));
  await server.close();
});

const deskOf = async (username: string) => {
  const desk = await openTestClient({ serverUrl: server.url(), username, password: testPassword });
  open.push(desk);
  return desk;
};

/** Who the server says made the row last, and who made each of its fields. */
const authorsOnServer = async (id: string) => {
  const result = await server
    .database()
    .query<{ updated_by: string; field_versions: Record<string, { s: string }> }>(
      `SELECT updated_by, field_versions FROM rows WHERE table_name = 'cases' AND id = $1`,
      [id],
    );
  const row = result.rows[0];
  return row && { updatedBy: row.updated_by, applicantNameBy: row.field_versions.applicantName?.s };
};

const expectSynced = async (desk: TestClient) => {
  const outcome = await desk.engine.sync();
  expect(outcome, JSON.stringify(desk.engine.status.get().lastError)).toBe('synced');
};

describe('each change keeps who made it', () => {
  it('online 换人: the previous clerk’s pending work goes up under the previous clerk’s name', async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 2);
    const [first, second] = [
      await staffIdOf(server.database(), usernames[0]!),
      await staffIdOf(server.database(), usernames[1]!),
    ];
    const desk = await deskOf(usernames[0]!);
    const before = await createCase(desk, departmentId, '换人前', first);
    await desk.engine.signIn(usernames[1]!, testPassword);
    const after = await createCase(desk, departmentId, '换人后', second);
    await expectSynced(desk);
    expect(await rejectionsOf(desk.db).count()).toBe(0);
    expect(await authorsOnServer(before)).toEqual({ updatedBy: first, applicantNameBy: first });
    expect(await authorsOnServer(after)).toEqual({ updatedBy: second, applicantNameBy: second });
  });

  it('offline 换人: the next clerk unlocks with the stored verifier and both clerks’ work keeps its names', async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 2);
    const [first, second] = [
      await staffIdOf(server.database(), usernames[0]!),
      await staffIdOf(server.database(), usernames[1]!),
    ];
    const desk = await deskOf(usernames[0]!);
    // Both clerks signed in here before (so both may unlock offline), the first one last.
    await desk.engine.signIn(usernames[1]!, testPassword);
    await desk.engine.signIn(usernames[0]!, testPassword);
    desk.network.down = true;
    const before = await createCase(desk, departmentId, '断网换人前', first);
    expect(await unlockOffline(desk.db, usernames[1]!, testPassword, desk.now())).toMatchObject({
      id: second,
    });
    const after = await createCase(desk, departmentId, '断网换人后', second);
    desk.network.down = false;
    await desk.engine.signIn(usernames[1]!, testPassword);
    await expectSynced(desk);
    expect(await rejectionsOf(desk.db).count()).toBe(0);
    expect(await authorsOnServer(before)).toEqual({ updatedBy: first, applicantNameBy: first });
    expect(await authorsOnServer(after)).toEqual({ updatedBy: second, applicantNameBy: second });
  });

  it('a foreign account replaying another desk’s mutations: held by the desk code, refused when pushed raw; the real desk’s arrive', async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 1);
    const victim = await deskOf(usernames[0]!);
    const clerk = await staffIdOf(server.database(), usernames[0]!);
    const made = [
      await createCase(victim, departmentId, '被复制'),
      await createCase(victim, departmentId, '被复制2'),
    ];
    const other = await addTestDepartment(server.database(), 1);
    const insider = await deskOf(other.usernames[0]!);
    // The insider copies the victim's outbox into their own (a copied profile), renumbered to follow theirs.
    const copied = await victim.db.outbox.orderBy('seq').toArray();
    const start = ((await getMeta(insider.db, 'lastSeq')) ?? 0) + 1;
    await insider.db.outbox.bulkAdd(copied.map((entry, index) => ({ ...entry, seq: start + index })));
    await setMeta(insider.db, 'lastSeq', start + copied.length - 1);
    await expectSynced(insider);
    // The desk code sends nothing in the name of someone who never signed in there: it holds it (held.ts).
    expect((await heldOf(insider.db).toArray()).map((entry) => entry.mutationId)).toEqual(
      copied.map((entry) => entry.mutationId),
    );
    for (const id of made) expect(await authorsOnServer(id)).toBeUndefined();
    // A tampered desk pushes them anyway, with the insider's own token and clientId: the server refuses.
    const session = (await getSyncState(insider.db, 'session'))!;
    const http = createSyncHttp(server.url(), (input, init) => fetch(input, init));
    const answer = await http.push(session.token, {
      clientId: (await getMeta(insider.db, 'clientId'))!,
      schemaVersion,
      mutations: copied.map((entry, index) => ({ ...entry, seq: index + 1 })),
    });
    expect(answer.results).toHaveLength(2);
    for (const result of answer.results) {
      expect(result).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(result.message).toMatch(/\(rule authorNotSignedIn\)$/);
    }
    for (const id of made) expect(await authorsOnServer(id)).toBeUndefined();
    await expectSynced(victim);
    for (const id of made)
      expect(await authorsOnServer(id)).toEqual({ updatedBy: clerk, applicantNameBy: clerk });
  });

  it('a server restored from a backup gets the previous clerk’s work back under the previous clerk’s name', async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 2);
    const first = await staffIdOf(server.database(), usernames[0]!);
    const desk = await deskOf(usernames[0]!);
    await desk.engine.signIn(usernames[1]!, testPassword);
    await desk.engine.signIn(usernames[0]!, testPassword);
    const restore = await backupServer(server);
    const id = await createCase(desk, departmentId, '备份后', first);
    await expectSynced(desk);
    await desk.engine.signIn(usernames[1]!, testPassword);
    await restore();
    expect(await authorsOnServer(id)).toBeUndefined();
    await expectSynced(desk);
    expect(await authorsOnServer(id)).toEqual({ updatedBy: first, applicantNameBy: first });
  });
});
