import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupServer, serverCases, startTestServer, type TestServer } from './testServer';
import {
  cloneDesk,
  copyDesk,
  createCase,
  editCase,
  localCases,
  rollBackDesk,
  type TestClient,
} from './testClient';
import { conflictsOf, getSyncState, rejectionsOf } from '../../renderer/sync/stores';
import { getMeta } from '../../renderer/db/meta';
import { pushOutbox } from '../../renderer/sync/push';
import { SyncEngine } from '../../renderer/sync/engine';
import { openDepartmentDesks, syncEveryDesk } from './departmentDesks';

/**
 * Issue 6, "Data loss to close": each fault that made a clerk's work vanish, played through the real
 * desk sync code against the real server. After each: every change is on the server or set aside on
 * its desk, and every desk converges on the server's rows.
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

/** Every desk's cases equal the server's, and every case made is on the server. */
const expectConverged = async (
  desks: readonly TestClient[],
  departmentId: string,
  made: readonly string[],
) => {
  const expected = await serverCases(server, departmentId);
  const onServer = new Set(expected.filter((row) => !row.deleted).map((row) => row.id));
  for (const id of made) expect(onServer.has(id), `case ${id} vanished`).toBe(true);
  for (const desk of desks) {
    expect(await desk.db.outbox.count()).toBe(0);
    const mine = (await localCases(desk)).filter((row) => row.fields.departmentId === departmentId);
    expect(mine).toEqual(expected);
  }
};

describe('sync loses nothing under real faults', () => {
  it('a desk whose database went back to an earlier copy still gets its new work to the server', async () => {
    const { departmentId, desks } = await desksOf(1);
    const desk = desks[0]!;
    const before = await copyDesk(desk);
    const first = await createCase(desk, departmentId, '还原前');
    await syncEveryDesk([desk]);
    await rollBackDesk(desk, before);
    // The rolled-back desk hands out seq 1 again, for a different case.
    const second = await createCase(desk, departmentId, '还原后');
    await syncEveryDesk([desk]);
    expect(await rejectionsOf(desk.db).count()).toBe(0);
    await expectConverged([desk], departmentId, [first, second]);
  });

  it('a desk cloned to two PCs: both PCs get their new work to the server', async () => {
    const { departmentId, desks } = await desksOf(1);
    const original = desks[0]!;
    const made = [await createCase(original, departmentId, '克隆前')];
    await syncEveryDesk([original]);
    const clone = await cloneDesk(original);
    open.push(clone);
    made.push(await createCase(original, departmentId, '原机'));
    made.push(await createCase(clone, departmentId, '克隆机'));
    made.push(await createCase(clone, departmentId, '克隆机2'));
    await syncEveryDesk([original, clone]);
    made.push(await createCase(original, departmentId, '原机2'));
    await syncEveryDesk([original, clone]);
    await expectConverged([original, clone], departmentId, made);
  });

  it('a server restored from a backup: each desk sends again what the server lost, and none skips versions', async () => {
    const { departmentId, desks } = await desksOf(3);
    const [a, b, c] = desks as [TestClient, TestClient, TestClient];
    const made = [await createCase(a, departmentId, '备份前')];
    await syncEveryDesk(desks);
    const restore = await backupServer(server);
    made.push(await createCase(a, departmentId, '备份后甲'));
    made.push(await createCase(b, departmentId, '备份后乙'));
    await editCase(b, made[0]!, { outcomeNote: '乙在备份后改的' });
    await syncEveryDesk(desks);
    await restore();
    // After the restore, a desk makes new versions before the others notice: the numbers are issued again.
    made.push(await createCase(c, departmentId, '恢复后丙'));
    await c.engine.sync();
    made.push(await createCase(a, departmentId, '恢复后甲'));
    await syncEveryDesk(desks);
    await expectConverged(desks, departmentId, made);
    const first = (await serverCases(server, departmentId)).find((row) => row.id === made[0]);
    expect(first?.fields.outcomeNote).toBe('乙在备份后改的');
  });

  it('a schema mismatch refuses the whole push, keeps the outbox and tells which side needs the update', async () => {
    const { departmentId, desks } = await desksOf(1);
    const desk = desks[0]!;
    const made = [await createCase(desk, departmentId, '升级前')];
    let rewrite = true;
    const newer = new (await import('../../renderer/sync/engine')).SyncEngine({
      db: desk.db,
      now: desk.now,
      // A desk build one schema ahead of the server.
      fetch: (input, init) => {
        if (rewrite && typeof init?.body === 'string' && String(input).endsWith('/sync/push'))
          return fetch(input, { ...init, body: init.body.replace('"schemaVersion":1', '"schemaVersion":2') });
        return fetch(input, init);
      },
    });
    await newer.load();
    expect(await newer.sync()).toBe('failed');
    expect(newer.status.get().lastError?.code).toBe('serverOutdated');
    expect(await desk.db.outbox.count()).toBe(1);
    expect(await rejectionsOf(desk.db).count()).toBe(0);
    expect(await desk.db.syncedTable('cases').get(made[0]!)).toBeDefined();
    rewrite = false;
    made.push(await createCase(desk, departmentId, '升级后'));
    expect(await newer.sync()).toBe('synced');
    await expectConverged([desk], departmentId, made);
  });

  it('an acknowledgement followed by an edit before the pull still conflicts with the newer value', async () => {
    const { departmentId, desks } = await desksOf(2);
    const [a, b] = desks as [TestClient, TestClient];
    const id = await createCase(a, departmentId, '共同');
    await syncEveryDesk(desks);
    await editCase(b, id, { outcomeNote: '乙的备注' });
    await syncEveryDesk([b]);
    // A changes another field and only pushes (its pull fails), then edits the note B changed.
    const pushOnly = async () => {
      const session = (await getSyncState(a.db, 'session'))!;
      const clientId = (await getMeta(a.db, 'clientId'))!;
      const http = (await a.engine.http())!;
      await pushOutbox({ db: a.db, http, token: session.token, clientId, now: a.now });
    };
    await editCase(a, id, { applicantName: '共同（改名）' });
    await pushOnly();
    await editCase(a, id, { outcomeNote: '甲的备注' });
    await pushOnly();
    const noted = await conflictsOf(a.db).toArray();
    expect(noted).toMatchObject([
      { rowId: id, field: 'outcomeNote', theirValue: '乙的备注', mine: '甲的备注' },
    ]);
    await syncEveryDesk(desks);
    // B hears that its value was replaced.
    expect(await conflictsOf(b.db).toArray()).toMatchObject([
      { rowId: id, field: 'outcomeNote', overwritten: true, mine: '乙的备注', theirValue: '甲的备注' },
    ]);
    await expectConverged(desks, departmentId, [id]);
  });

  it('two engines on one database (a second window or tab) run one at a time and lose nothing', async () => {
    const { departmentId, desks } = await desksOf(2);
    const [a, b] = desks as [TestClient, TestClient];
    // The applicant screen's window opens the same database and starts its own engine.
    const second = new SyncEngine({ db: a.db, fetch: (input, init) => fetch(input, init), now: a.now });
    await second.load();
    let overlapping = 0;
    let running = 0;
    const watch = (engine: SyncEngine) =>
      engine.status.subscribe(() => {
        const now = engine.status.get().running;
        if (now && !watching.get(engine)) running += 1;
        if (!now && watching.get(engine)) running -= 1;
        watching.set(engine, now);
        overlapping = Math.max(overlapping, running);
      });
    const watching = new Map<SyncEngine, boolean>();
    watch(a.engine);
    watch(second);
    const made: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      made.push(await createCase(a, departmentId, `双窗${round}`));
      made.push(await createCase(b, departmentId, `乙${round}`));
      await Promise.all([a.engine.sync(), second.sync(), b.engine.sync()]);
    }
    expect(overlapping).toBe(1);
    await syncEveryDesk(desks);
    await expectConverged(desks, departmentId, made);
  });

  it('a hole in the outbox: the answer to seq_gap drops nothing the server never had', async () => {
    const { departmentId, desks } = await desksOf(1);
    const desk = desks[0]!;
    const made = [await createCase(desk, departmentId, '一'), await createCase(desk, departmentId, '二')];
    made.push(await createCase(desk, departmentId, '三'));
    // Entry 2 is gone from the outbox (its row was set aside by hand), leaving 1 and 3.
    await desk.db.outbox.delete(2);
    const withoutSecond = [made[0]!, made[2]!];
    await desk.db.syncedTable('cases').delete(made[1]!);
    await syncEveryDesk([desk]);
    await expectConverged([desk], departmentId, withoutSecond);
  });
});
