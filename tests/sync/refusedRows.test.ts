import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { serverCases, startTestServer, type TestServer } from './testServer';
import { createCase, editCase, localCases, type TestClient } from './testClient';
import { getSyncState, rejectionsOf, syncStateOf } from '../../renderer/sync/stores';
import { getMeta, setMeta } from '../../renderer/db/meta';
import { toIsoInstant } from '../../shared/time';
import { openDepartmentDesks } from './departmentDesks';

/**
 * Issue 6: a refused edit of a row the server has is put right by fetching that row (GET /sync/lookup
 * by table and ids), never by moving the pull cursor back — which made the desk pull the department's
 * whole history again after one refusal.
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

const desksOf = (count: number) => openDepartmentDesks(server, open, count);

/** Every value the desk writes to its pull cursor, in order. */
const watchCursor = (desk: TestClient): number[] => {
  const written: number[] = [];
  const store = syncStateOf(desk.db);
  store.hook('creating', (_key, entry) => {
    if (entry.key === 'cursor') written.push(entry.value as number);
  });
  store.hook('updating', (changes, key) => {
    if (key === 'cursor' && 'value' in changes) written.push((changes as { value: number }).value);
  });
  return written;
};

const expectNeverBack = (written: readonly number[], from: number) => {
  let last = from;
  for (const value of written) {
    expect(
      value,
      `cursor went back from ${last} to ${value} (${written.join(' → ')})`,
    ).toBeGreaterThanOrEqual(last);
    last = value;
  }
};

const sync = async (desk: TestClient) => {
  const outcome = await desk.engine.sync();
  expect(outcome, JSON.stringify(desk.engine.status.get().lastError)).toBe('synced');
};

const finishedAt = () => toIsoInstant(new Date());

describe('a refused edit of a row the server has', () => {
  it('fetches that row as the server has it, the pull cursor never going back', async () => {
    const { departmentId, desks } = await desksOf(1);
    const desk = desks[0]!;
    // History before the row, so that moving the cursor back would pull it all again.
    for (let index = 0; index < 5; index += 1) await createCase(desk, departmentId, `旧件${index}`);
    const id = await createCase(desk, departmentId, '差评');
    await editCase(desk, id, { status: 'completedInOneVisit', finishedAt: finishedAt() });
    await editCase(desk, id, { rating: { level: 1, comment: '态度差' } });
    for (let index = 0; index < 5; index += 1) await createCase(desk, departmentId, `新件${index}`);
    await sync(desk);
    await sync(desk);
    const cursor = (await getSyncState(desk.db, 'cursor')) ?? 0;
    const written = watchCursor(desk);
    // A tampered build writes the outbox directly; the server refuses it (ratingFixed) and makes no
    // version, so no pull would ever bring the row again.
    const seq = ((await getMeta(desk.db, 'lastSeq')) ?? 0) + 1;
    const local = (await desk.db.cases.get(id as never))!;
    await desk.db.cases.put({ ...local, rating: { level: 5, comment: '' } });
    await desk.db.outbox.add({
      seq,
      mutationId: uuidv7(),
      table: 'cases',
      op: 'upsert',
      rowId: id,
      fields: { rating: { level: 5, comment: '' } },
      baseVersion: local.version,
      at: finishedAt(),
      author: desk.staffId,
    });
    await setMeta(desk.db, 'lastSeq', seq);
    await sync(desk);
    expect((await rejectionsOf(desk.db).toArray()).map((each) => each.message)).toEqual([
      expect.stringMatching(/\(rule ratingFixed\)$/),
    ]);
    expectNeverBack(written, cursor);
    expect((await desk.db.cases.get(id as never))?.rating).toEqual({ level: 1, comment: '态度差' });
    expect(await localCases(desk)).toEqual(await serverCases(server, departmentId));
    expect(await getSyncState(desk.db, 'refetch')).toBeUndefined();
  });

  it('two desks finish one case: the refused desk gets the winner’s outcome without pulling back', async () => {
    const { departmentId, desks } = await desksOf(2);
    const [a, b] = desks as [TestClient, TestClient];
    for (let index = 0; index < 5; index += 1) await createCase(a, departmentId, `旧件${index}`);
    const id = await createCase(a, departmentId, '同时办结');
    await sync(a);
    await sync(b);
    const cursor = (await getSyncState(b.db, 'cursor')) ?? 0;
    const written = watchCursor(b);
    await editCase(a, id, {
      status: 'completedInOneVisit',
      finishedAt: finishedAt(),
      outcomeNote: '当场办结',
    });
    await editCase(b, id, { status: 'transferred', finishedAt: finishedAt(), transferredTo: '社保中心' });
    await sync(a);
    await sync(b);
    expect(await rejectionsOf(b.db).count()).toBe(1);
    expectNeverBack(written, cursor);
    expect((await b.db.cases.get(id as never))?.status).toBe('completedInOneVisit');
    expect(await localCases(b)).toEqual(await serverCases(server, departmentId));
  });
});
