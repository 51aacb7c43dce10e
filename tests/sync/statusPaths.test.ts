import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, serverCases, serverLastSeq, testPassword, type TestServer } from './testServer';
import { startFaultProxy, type FaultProxy } from './faultProxy';
import { createCase, editCase, localCases, openTestClient, type TestClient } from './testClient';
import { getMeta } from '../../renderer/db/meta';
import { serializedSize } from '../../renderer/sync/batches';
import { conflictsOf, getSyncState, rejectionsOf } from '../../renderer/sync/stores';

let server: TestServer;
let proxy: FaultProxy;
const clients: TestClient[] = [];

const client = async (index = 0) => {
  const made = await openTestClient({
    serverUrl: proxy.url,
    username: server.usernames[index]!,
    password: testPassword,
  });
  clients.push(made);
  return made;
};

beforeAll(async () => {
  server = await startTestServer(2);
  proxy = await startFaultProxy(server.url, server.restart);
});

afterEach(async () => {
  proxy.clear();
  proxy.setMaxBodyBytes(null);
  await Promise.all(clients.splice(0).map((made) => made.close()));
});

afterAll(async () => {
  await proxy.close();
  await server.close();
});

describe('push status paths against the real server', () => {
  it('applies, sets the row version and empties the outbox', async () => {
    const desk = await client();
    const id = await createCase(desk, server.departmentId, '张三');
    expect(await desk.engine.sync(), JSON.stringify(desk.engine.status.get().lastError)).toBe('synced');
    expect(await desk.db.outbox.count()).toBe(0);
    const row = await desk.db.cases.get(id as never);
    expect(row?.version).toBeGreaterThan(0);
    expect(await localCases(desk)).toEqual(await serverCases(server));
  });

  it('treats a replay after a lost response as duplicate, applied once', async () => {
    const desk = await client();
    const id = await createCase(desk, server.departmentId, '李四');
    proxy.inject('/sync/push', { kind: 'dropResponse' });
    expect(await desk.engine.sync()).toBe('offline');
    expect(await desk.db.outbox.count()).toBe(1);
    const before = (await serverCases(server)).find((row) => row.id === id);
    expect(before).toBeDefined();
    expect(await desk.engine.sync()).toBe('synced');
    expect(await desk.db.outbox.count()).toBe(0);
    const after = (await serverCases(server)).find((row) => row.id === id);
    expect(after?.version).toBe(before?.version);
    expect((await desk.db.cases.get(id as never))?.version).toBe(after?.version);
  });

  it('keeps a rejected mutation with its reason and removes the never-synced row', async () => {
    const desk = await client();
    const id = await createCase(desk, 'dept-OTHER', '王五');
    expect(await desk.engine.sync()).toBe('synced');
    const rejections = await rejectionsOf(desk.db).toArray();
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ rowId: id, table: 'cases', reason: 'wrong_department' });
    expect(rejections[0]!.mutation.fields).toMatchObject({ applicantName: '王五' });
    expect(await desk.db.cases.get(id as never)).toBeUndefined();
    expect(await desk.db.outbox.count()).toBe(0);
  });

  it('still shows a rejection whose answer was lost (the replay comes back as duplicate)', async () => {
    const desk = await client();
    const id = await createCase(desk, 'dept-OTHER', '钱七');
    proxy.inject('/sync/push', { kind: 'dropResponse' });
    expect(await desk.engine.sync()).toBe('offline');
    expect(await desk.engine.sync()).toBe('synced');
    const rejections = await rejectionsOf(desk.db).toArray();
    expect(rejections.map((rejection) => [rejection.rowId, rejection.reason])).toEqual([
      [id, 'wrong_department'],
    ]);
    expect(await desk.db.cases.get(id as never)).toBeUndefined();
  });

  it('records conflicts with their value, who, and mine', async () => {
    const first = await client(0);
    const second = await client(1);
    const id = await createCase(first, server.departmentId, '赵六');
    await first.engine.sync();
    await second.engine.sync();
    await editCase(first, id, { outcomeNote: '材料齐全' });
    await editCase(second, id, { outcomeNote: '缺户口簿' });
    await first.engine.sync();
    await second.engine.sync();
    const conflicts = await conflictsOf(second.db).toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      rowId: id,
      field: 'outcomeNote',
      theirValue: '材料齐全',
      theirBy: '窗口1',
      mine: '缺户口簿',
    });
    await first.engine.sync();
    expect(await localCases(first)).toEqual(await localCases(second));
  });

  it('tells the overwritten desk too, once, even when its pull answer is lost', async () => {
    const first = await client(0);
    const second = await client(1);
    const id = await createCase(first, server.departmentId, '钱七');
    await first.engine.sync();
    await second.engine.sync();
    await editCase(first, id, { outcomeNote: '一次办结' });
    await editCase(second, id, { outcomeNote: '已转办' });
    expect(await first.engine.sync()).toBe('synced');
    expect(await second.engine.sync()).toBe('synced');
    // The first desk's pull that brings the overwrite is answered but the answer is lost: the replay
    // brings the same conflict again, and it is stored once.
    proxy.inject('/sync/pull', { kind: 'dropResponse' });
    expect(await first.engine.sync()).toBe('offline');
    expect(await first.engine.sync()).toBe('synced');
    expect(await first.engine.sync()).toBe('synced');
    const mine = await conflictsOf(first.db).toArray();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      overwritten: true,
      rowId: id,
      field: 'outcomeNote',
      theirValue: '已转办',
      theirBy: '窗口2',
      mine: '一次办结',
    });
    const theirs = await conflictsOf(second.db).toArray();
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({
      rowId: id,
      field: 'outcomeNote',
      theirValue: '一次办结',
      mine: '已转办',
    });
    expect(theirs[0]?.overwritten).toBeUndefined();
    await second.engine.sync();
    expect(await conflictsOf(second.db).count()).toBe(1);
    expect(await localCases(first)).toEqual(await localCases(second));
  });

  it('drops entries the server already has when it expects a later seq', async () => {
    const desk = await client();
    await createCase(desk, server.departmentId, '甲');
    await desk.engine.sync();
    await createCase(desk, server.departmentId, '乙');
    const clientId = (await getMeta(desk.db, 'clientId'))!;
    // As if seq 2 had been applied by a request whose answer never came back.
    await server.database().query('UPDATE clients SET last_seq = 2 WHERE client_id = $1', [clientId]);
    await createCase(desk, server.departmentId, '丙');
    expect(await desk.engine.sync()).toBe('synced');
    expect(await desk.db.outbox.count()).toBe(0);
    expect(await serverLastSeq(server, clientId)).toBe(3);
  });

  it('renumbers pending entries above the lastSeq a seq_gap answer names (the server counted fewer)', async () => {
    const desk = await client();
    await createCase(desk, server.departmentId, '丁');
    await createCase(desk, server.departmentId, '戊');
    await desk.engine.sync();
    const clientId = (await getMeta(desk.db, 'clientId'))!;
    await server.database().query('UPDATE clients SET last_seq = 0 WHERE client_id = $1', [clientId]);
    const pendingId = await createCase(desk, server.departmentId, '己');
    expect(await desk.engine.sync()).toBe('synced');
    expect(await desk.db.outbox.count()).toBe(0);
    expect(await serverLastSeq(server, clientId)).toBe(1);
    expect((await serverCases(server)).some((row) => row.id === pendingId)).toBe(true);
    expect(await getMeta(desk.db, 'lastSeq')).toBe(1);
    // A true restore changes the epoch and the desk sends again what was lost (dataLoss.test.ts).
    expect(await getSyncState(desk.db, 'serverLostSeqs')).toBeUndefined();
  });

  it('stops on 401, keeps the outbox and asks to sign in again', async () => {
    const desk = await client();
    await createCase(desk, server.departmentId, '庚');
    await server.database().query('DELETE FROM sessions');
    expect(await desk.engine.sync()).toBe('needsSignIn');
    expect(desk.engine.status.get().needsSignIn).toBe(true);
    expect(await desk.db.outbox.count()).toBe(1);
    await desk.engine.signIn(server.usernames[0]!, testPassword);
    expect(await desk.engine.sync()).toBe('synced');
    expect(await desk.db.outbox.count()).toBe(0);
  });

  it('splits a batch on 413 and sets aside a mutation too large to ever send', async () => {
    const desk = await client();
    for (let index = 0; index < 6; index += 1) await createCase(desk, server.departmentId, `批量${index}`);
    const oversized = await createCase(desk, server.departmentId, '超大');
    await editCase(desk, oversized, { outcomeNote: '长'.repeat(500) });
    const last = await createCase(desk, server.departmentId, '最后');
    // A limit that takes two ordinary mutations per request, but not the long edit even alone.
    const sizes = (await desk.db.outbox.toArray()).map((entry) => serializedSize(entry));
    const ordinary = Math.max(...sizes.filter((size) => size < 1000));
    proxy.setMaxBodyBytes(ordinary * 2 + 200);
    expect(Math.max(...sizes)).toBeGreaterThan(ordinary * 2 + 200);
    expect(await desk.engine.sync()).toBe('synced');
    const rejections = await rejectionsOf(desk.db).toArray();
    expect(rejections.map((rejection) => rejection.reason)).toEqual(['too_large']);
    expect(await desk.db.outbox.count()).toBe(0);
    const clientId = (await getMeta(desk.db, 'clientId'))!;
    expect(await serverLastSeq(server, clientId)).toBe(8);
    expect((await serverCases(server)).some((row) => row.id === last)).toBe(true);
  });
});
