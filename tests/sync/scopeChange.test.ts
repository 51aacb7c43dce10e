import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/seedDemo';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { setMeta } from '../../renderer/db/meta';
import { mutate } from '../../renderer/db/mutate';
import { SyncEngine } from '../../renderer/sync/engine';
import { getSyncState, setSyncState } from '../../renderer/sync/stores';
import { chooseSetupHall } from '../../renderer/sync/scope';
import { caseFieldsSchema, type CaseFields } from '../../shared/domain/case';
import type { Desk } from '../../shared/domain/organization';
import { hallDayOf, toIsoInstant } from '../../shared/time';

/**
 * A desk whose scope moves (set up at another hall, 设置 widens the window): docs/sync.md, "Scopes".
 * The catalog must stay on the desk throughout (before, a hall change emptied it until the re-pull had
 * brought it back), and a case the desk held that left the scope while it was not syncing must end
 * evicted, never kept stale.
 */
const department = 'dept-JN-RS';
const mainHall = 'hall-JN-RS-ZWDT';
const insuranceHall = 'hall-JN-RS-SBZX';
const dayMs = 24 * 60 * 60 * 1000;

let server: TestServer;
const dbs: OnceDeskDb[] = [];

type Probe = { itemsAtPull: number[] };

const openDesk = async (
  username: string,
  staffId: string,
  hallId: string,
  probe?: Probe,
  windowDays: number | null = 3,
) => {
  const db = openDatabase(`scope-change-${randomUUID()}`);
  dbs.push(db);
  const engine = new SyncEngine({
    db,
    // Counts the catalog as each pull page is asked for: what the clerk could use at that moment.
    fetch: async (input, init) => {
      if (probe && String(input).includes('/sync/pull')) probe.itemsAtPull.push(await db.items.count());
      return fetch(input, init);
    },
    now: server.clock.now,
    pbkdf2Iterations: 1000,
    pullLimit: 5,
  });
  await setSyncState(db, 'serverUrl', server.url);
  await engine.signIn(username, demoPassword);
  await setMeta(db, 'desk', { departmentId: department, hallId, windowId: `${hallId}-W1`, staffId } as Desk);
  if (windowDays !== null) await setSyncState(db, 'scopeWindowDays', windowDays);
  return { db, engine, staffId };
};

const caseFields = (
  staffId: string,
  hallId: string,
  status: CaseFields['status'],
  name: string,
  daysAgo = 0,
) => {
  const now = new Date(server.clock.now().getTime() - daysAgo * dayMs);
  return caseFieldsSchema.parse({
    itemId: 'item-370800-RS-GG-001',
    itemCode: '370800-RS-GG-001',
    itemName: '失业保险金申领',
    departmentId: department,
    hallId,
    windowId: `${hallId}-W1`,
    staffId,
    applicantName: name,
    applicantIdNumber: null,
    status,
    completedStepIds: [],
    receivedMaterialIds: [],
    startedAt: toIsoInstant(now),
    day: hallDayOf(now),
    promisedBy: toIsoInstant(now),
    finishedAt: null,
    outcomeNote: '',
    transferredTo: null,
    supplementNotice:
      status === 'needsSupplement'
        ? { number: `GZ-${name}`, issuedAt: toIsoInstant(now), missingMaterialIds: ['m1'] }
        : null,
    rating: null,
  });
};

const serverCases = async (hallId: string) =>
  (
    await server.database.query<{ id: string }>(
      `SELECT id FROM rows WHERE table_name = 'cases' AND fields->>'hallId' = $1 AND scope_day >= $2::date`,
      [hallId, hallDayOf(new Date(server.clock.now().getTime() - 2 * dayMs))],
    )
  ).rows.map((row) => row.id);

beforeAll(async () => {
  server = await startTestServer('pglite');
});

afterAll(async () => {
  for (const db of dbs) {
    db.close();
    await db.delete();
  }
  await server.close();
});

describe('a desk whose scope moves', () => {
  it('keeps its catalog throughout and ends with exactly the new scope, nothing held stale', async () => {
    const probe: Probe = { itemsAtPull: [] };
    const mover = await openDesk('rs-staff3', 'staff-JN-RS-003', mainHall, probe);
    const other = await openDesk('rs-staff2', 'staff-JN-RS-002', insuranceHall);
    // A 需补正 case of the insurance hall: every desk of the department holds it (the applicant may
    // come back to any hall), the mover's too.
    const awaiting = uuidv7();
    await mutate(other.db, {
      table: 'cases',
      rowId: awaiting,
      op: 'upsert',
      fields: caseFields(other.staffId, insuranceHall, 'needsSupplement', '甲'),
      by: other.staffId,
      now: server.clock.now(),
    });
    const recent = uuidv7();
    expect(await other.engine.sync()).toBe('synced');
    expect(await mover.engine.sync()).toBe('synced');
    expect(await mover.db.syncedTable('cases').get(awaiting)).toBeDefined();
    const catalog = await mover.db.items.count();
    expect(catalog).toBeGreaterThan(0);

    // Days pass; the mover's desk is off. The applicant comes back to the insurance hall: the case
    // closes there, its day long out of any 3-day window. A recent case of that hall is opened too.
    server.clock.advance(5 * dayMs);
    await other.engine.signIn('rs-staff2', demoPassword);
    // A 需补正 case is finished; only the return visit takes it up again (the case rules), then it ends.
    for (const fields of [
      { status: 'inProgress', finishedAt: null },
      { status: 'completedInOneVisit', finishedAt: toIsoInstant(server.clock.now()) },
    ] as const)
      await mutate(other.db, {
        table: 'cases',
        rowId: awaiting,
        op: 'upsert',
        fields,
        by: other.staffId,
        now: server.clock.now(),
      });
    await mutate(other.db, {
      table: 'cases',
      rowId: recent,
      op: 'upsert',
      fields: caseFields(other.staffId, insuranceHall, 'completedInOneVisit', '乙'),
      by: other.staffId,
      now: server.clock.now(),
    });
    expect(await other.engine.sync()).toBe('synced');

    // The mover's desk is set up again at the insurance hall: one run pulls the new scope at once.
    await mover.engine.signIn('rs-staff3', demoPassword);
    const desk = { departmentId: department, hallId: insuranceHall, windowId: `${insuranceHall}-W1` };
    await setMeta(mover.db, 'desk', { ...desk, staffId: mover.staffId } as Desk);
    probe.itemsAtPull.length = 0;
    expect(await mover.engine.sync()).toBe('synced');
    expect(probe.itemsAtPull.length).toBeGreaterThan(1);
    expect(Math.min(...probe.itemsAtPull)).toBe(catalog);
    expect(await mover.db.items.count()).toBe(catalog);
    // The closed case left every scope while the desk was off: sent on the re-pull, then evicted.
    expect(await mover.db.syncedTable('cases').get(awaiting)).toBeUndefined();
    expect((await mover.db.syncedTable('cases').toCollection().primaryKeys()).sort()).toEqual(
      (await serverCases(insuranceHall)).sort(),
    );
    expect(await mover.db.syncedTable('cases').get(recent)).toBeDefined();
    expect(await getSyncState(mover.db, 'repullHeldSince')).toBeUndefined();
  }, 120_000);
});

describe('a case looked up outside the scope', () => {
  it('is kept while open, receives the other hall’s changes, and goes once finished', async () => {
    const clerk = await openDesk('rs-staff', 'staff-JN-RS-001', mainHall);
    const other = await openDesk('rs-staff2', 'staff-JN-RS-002', insuranceHall);
    // An open case of the other hall: no desk of the main hall holds it.
    const elsewhere = uuidv7();
    await mutate(other.db, {
      table: 'cases',
      rowId: elsewhere,
      op: 'upsert',
      fields: caseFields(other.staffId, insuranceHall, 'inProgress', '丙某某'),
      by: other.staffId,
      now: server.clock.now(),
    });
    expect(await other.engine.sync()).toBe('synced');
    expect(await clerk.engine.sync()).toBe('synced');
    const cases = clerk.db.syncedTable('cases');
    expect(await cases.get(elsewhere)).toBeUndefined();
    expect(await clerk.engine.lookup({ name: '丙某某' })).toEqual([elsewhere]);

    // Next days: the other hall goes on working on it; the clerk's desk follows while it is open.
    for (const [day, note] of [
      [1, '已补材料'],
      [2, '待复核'],
    ] as const) {
      server.clock.advance(dayMs);
      for (const desk of [clerk, other])
        await desk.engine.signIn(desk === clerk ? 'rs-staff' : 'rs-staff2', demoPassword);
      await mutate(other.db, {
        table: 'cases',
        rowId: elsewhere,
        op: 'upsert',
        fields: { outcomeNote: note },
        by: other.staffId,
        now: server.clock.now(),
      });
      expect(await other.engine.sync()).toBe('synced');
      expect(await clerk.engine.sync(), `day ${day}`).toBe('synced');
      expect((await cases.get(elsewhere))?.outcomeNote, `day ${day}`).toBe(note);
    }
    // The clerk's own edit goes up and the case stays pinned.
    await mutate(clerk.db, {
      table: 'cases',
      rowId: elsewhere,
      op: 'upsert',
      fields: { rating: null, outcomeNote: '主厅已电话通知' },
      by: clerk.staffId,
      now: server.clock.now(),
    });
    expect(await clerk.engine.sync()).toBe('synced');
    expect(await other.engine.sync()).toBe('synced');
    expect((await other.db.syncedTable('cases').get(elsewhere))?.outcomeNote).toBe('主厅已电话通知');

    // Finished at the other hall, long after the day it was fetched: it leaves the clerk's desk.
    await mutate(other.db, {
      table: 'cases',
      rowId: elsewhere,
      op: 'upsert',
      fields: { status: 'completedInOneVisit', finishedAt: toIsoInstant(server.clock.now()) },
      by: other.staffId,
      now: server.clock.now(),
    });
    expect(await other.engine.sync()).toBe('synced');
    expect(await clerk.engine.sync()).toBe('synced');
    expect(await cases.get(elsewhere)).toBeUndefined();
    expect(await getSyncState(clerk.db, 'pinned')).toEqual([]);
  }, 120_000);
});

describe('a desk whose clerk’s role changes', () => {
  it('widens and shrinks its scope in the same run: promoted, demoted, 换人 to a supervisor and back', async () => {
    // The role's own window (no choice in 设置): a clerk 90 days, a leader 180, a supervisor 400.
    const desk = await openDesk('rs-staff', 'staff-JN-RS-001', mainHall, undefined, null);
    const other = await openDesk('rs-staff2', 'staff-JN-RS-002', insuranceHall);
    const created: Record<string, string> = {};
    for (const [key, hall, daysAgo] of [
      ['main120', mainHall, 120],
      ['main10', mainHall, 10],
      ['insurance10', insuranceHall, 10],
    ] as const) {
      created[key] = uuidv7();
      await mutate(other.db, {
        table: 'cases',
        rowId: created[key],
        op: 'upsert',
        fields: caseFields(other.staffId, hall, 'completedInOneVisit', key, daysAgo),
        by: other.staffId,
        now: server.clock.now(),
      });
    }
    expect(await other.engine.sync()).toBe('synced');
    const held = async () => {
      const ids = new Set(await desk.db.syncedTable('cases').toCollection().primaryKeys());
      return Object.entries(created)
        .filter(([, id]) => ids.has(id))
        .map(([key]) => key)
        .sort();
    };
    const setRoles = (roles: string[]) =>
      server.database.query('UPDATE staff SET roles = $1::jsonb WHERE id = $2', [
        JSON.stringify(roles),
        desk.staffId,
      ]);
    const sessionRoles = async () => (await getSyncState(desk.db, 'session'))?.staff.roles;

    expect(await desk.engine.sync()).toBe('synced');
    expect(await held()).toEqual(['main10']);

    // Made duty leader on the server: the next run learns it and pulls the half year it lacks.
    await setRoles(['leader']);
    expect(await desk.engine.sync()).toBe('synced');
    expect(await sessionRoles()).toEqual(['leader']);
    expect(desk.engine.status.get().staff?.roles).toEqual(['leader']);
    expect(await held()).toEqual(['main10', 'main120']);

    // Back to clerk: the server refuses the leader's window; the desk takes the clerk's and drops the rest.
    await setRoles(['staff']);
    expect(await desk.engine.sync()).toBe('synced');
    expect(await sessionRoles()).toEqual(['staff']);
    expect(await held()).toEqual(['main10']);

    // 换人: the supervisor signs in at this desk — the department's cases come in the same run.
    await desk.engine.signIn('rs-chief', demoPassword);
    expect(await desk.engine.sync()).toBe('synced');
    expect(await held()).toEqual(['insurance10', 'main10', 'main120']);
    await desk.engine.signIn('rs-staff', demoPassword);
    expect(await desk.engine.sync()).toBe('synced');
    expect(await held()).toEqual(['main10']);
  }, 120_000);
});

describe('a desk signed in during set-up', () => {
  it('pulls nothing before its hall is picked, then only that hall’s scope', async () => {
    const db = openDatabase(`scope-setup-${randomUUID()}`);
    dbs.push(db);
    const pulls: string[] = [];
    const engine = new SyncEngine({
      db,
      fetch: (input, init) => {
        if (String(input).includes('/sync/pull')) pulls.push(String(input));
        return fetch(input, init);
      },
      now: server.clock.now,
      pbkdf2Iterations: 1000,
    });
    await engine.connect(server.url, 'rs-staff2', demoPassword);
    // A trigger fires (start-up, the live stream, the timer) while the clerk is still choosing: an
    // unscoped pull would download the department's whole history.
    expect(await engine.sync()).toBe('awaitingHall');
    expect(pulls).toEqual([]);
    expect(await getSyncState(db, 'lastSyncedAt')).toBeUndefined();
    await chooseSetupHall(db, insuranceHall);
    expect(await engine.sync()).toBe('synced');
    expect(pulls.length).toBeGreaterThan(0);
    expect(pulls.every((url) => url.includes(`hallId=${insuranceHall}`))).toBe(true);
  });
});
