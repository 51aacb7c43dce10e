import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/seedDemo';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { getMeta, setMeta } from '../../renderer/db/meta';
import { mutate } from '../../renderer/db/mutate';
import { SyncEngine } from '../../renderer/sync/engine';
import { conflictsOf, getSyncState, rejectionsOf, setSyncState } from '../../renderer/sync/stores';
import { caseFieldsSchema, type CaseFields } from '../../shared/domain/case';
import type { Desk } from '../../shared/domain/organization';
import { keysInScope, keysOfRow, roleScopes, windowStart, type ScopeReach } from '../../shared/sync/scope';
import { syncedTables } from '../../shared/sync/tables';
import { hallDayOf, toIsoInstant, type IsoDay } from '../../shared/time';

/**
 * The multi-client suite with replication scopes (docs/sync.md, "Scopes"): desks of different scopes —
 * two clerks in two halls, a leader, a supervisor, and a clerk whose desk moves hall — work through
 * days while the server's clock moves forward. After every day each desk's cases are exactly its scope
 * (plus what it must keep: conflict notes, look-ups fetched today or still open), every change reached the server, and
 * nothing with pending work was dropped.
 */
const department = 'dept-JN-RS';
const mainHall = 'hall-JN-RS-ZWDT';
const insuranceHall = 'hall-JN-RS-SBZX';
const dayMs = 24 * 60 * 60 * 1000;

type TestDesk = {
  name: string;
  username: string;
  staffId: string;
  reach: ScopeReach;
  windowDays: number;
  db: OnceDeskDb;
  engine: SyncEngine;
  /** Runs once, just before the desk's next pull request: an edit made between its push and its pull. */
  beforePull?: () => Promise<void>;
};

let server: TestServer;
const desks: TestDesk[] = [];

const openDesk = async (
  name: string,
  username: string,
  staffId: string,
  hallId: string,
  windowDays: number,
): Promise<TestDesk> => {
  const db = openDatabase(`scopes-${name}-${randomUUID()}`);
  const hook: { desk?: TestDesk } = {};
  const engine = new SyncEngine({
    db,
    fetch: async (input, init) => {
      const edit = hook.desk?.beforePull;
      if (edit && String(input).includes('/sync/pull')) {
        hook.desk!.beforePull = undefined;
        await edit();
      }
      return fetch(input, init);
    },
    now: server.clock.now,
    pbkdf2Iterations: 1000,
  });
  await setSyncState(db, 'serverUrl', server.url);
  const session = await engine.signIn(username, demoPassword);
  await setMeta(db, 'desk', { departmentId: department, hallId, windowId: `${hallId}-W1`, staffId } as Desk);
  await setSyncState(db, 'scopeWindowDays', windowDays);
  const role = session.staff.roles.includes('supervisor') ? 'supervisor' : 'staff';
  hook.desk = { name, username, staffId, reach: roleScopes[role].reach, windowDays, db, engine };
  return hook.desk;
};

const fields = (
  desk: TestDesk,
  hallId: string,
  status: CaseFields['status'],
  applicant: string,
): CaseFields => {
  const now = server.clock.now();
  return caseFieldsSchema.parse({
    itemId: 'item-370800-RS-GG-001',
    itemCode: '370800-RS-GG-001',
    itemName: '失业保险金申领',
    departmentId: department,
    hallId,
    windowId: `${hallId}-W1`,
    staffId: desk.staffId,
    applicantName: applicant,
    applicantIdNumber: null,
    status,
    completedStepIds: [],
    receivedMaterialIds: [],
    startedAt: toIsoInstant(now),
    day: hallDayOf(now),
    promisedBy: toIsoInstant(now),
    finishedAt: status === 'completedInOneVisit' ? toIsoInstant(now) : null,
    outcomeNote: '',
    transferredTo: null,
    supplementNotice:
      status === 'needsSupplement'
        ? { number: `GZ-${applicant}`, issuedAt: toIsoInstant(now), missingMaterialIds: ['m1'] }
        : null,
    rating: null,
  });
};

const write = (desk: TestDesk, rowId: string, patch: Partial<CaseFields>) =>
  mutate(desk.db, {
    table: 'cases',
    rowId,
    op: 'upsert',
    fields: patch,
    by: desk.staffId,
    now: server.clock.now(),
  });

const create = async (desk: TestDesk, hallId: string, status: CaseFields['status'], applicant: string) => {
  const rowId = uuidv7();
  await write(desk, rowId, fields(desk, hallId, status, applicant));
  return rowId;
};

const syncAll = async () => {
  for (let pass = 0; pass < 2; pass += 1)
    for (const desk of desks) expect(await desk.engine.sync(), desk.name).toBe('synced');
};

type ServerRow = {
  id: string;
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
  updated_at: unknown;
};

const serverRows = async () =>
  (
    await server.database.query<ServerRow>(
      `SELECT id, version, deleted, fields, updated_at FROM rows WHERE table_name = 'cases' AND department_id = $1`,
      [department],
    )
  ).rows;

/** The ids a desk must hold: the scope computed from the server's rows by the shared rules. */
const expectedIds = async (desk: TestDesk, rows: readonly ServerRow[]) => {
  const hallId = (await getMeta(desk.db, 'desk'))!.hallId;
  const today = hallDayOf(server.clock.now());
  const from = windowStart(today, desk.windowDays);
  const rule = syncedTables.cases.replication;
  return new Set(
    rows
      .filter((row) =>
        keysInScope(
          keysOfRow(rule.keys(row.fields, String(row.updated_at)), row.deleted),
          { reach: desk.reach, hallId },
          from,
        ),
      )
      .map((row) => row.id),
  );
};

/**
 * Rows a desk keeps whatever the scope: unsent edits, rejections, conflict notes, look-ups fetched today
 * or still open on the server (kept while open).
 */
const protectedIds = async (desk: TestDesk, today: IsoDay, rows: readonly ServerRow[]) => {
  const open = new Set(
    rows
      .filter(
        (row) =>
          !row.deleted && syncedTables.cases.replication.keys(row.fields, String(row.updated_at)).current,
      )
      .map((row) => row.id),
  );
  const ids = new Set<string>();
  for (const entry of await desk.db.outbox.toArray()) ids.add(entry.rowId);
  for (const rejection of await rejectionsOf(desk.db).toArray()) ids.add(rejection.rowId);
  for (const note of await conflictsOf(desk.db).toArray()) ids.add(note.rowId);
  for (const pin of (await getSyncState(desk.db, 'pinned')) ?? [])
    if (pin.day === today || open.has(pin.id)) ids.add(pin.id);
  return ids;
};

const checkDesks = async () => {
  const rows = await serverRows();
  const versions = new Map(rows.map((row) => [row.id, row.version]));
  const today = hallDayOf(server.clock.now());
  for (const desk of desks) {
    expect(await desk.db.outbox.count(), `${desk.name}: outbox`).toBe(0);
    expect(await rejectionsOf(desk.db).count(), `${desk.name}: rejections`).toBe(0);
    const local = await desk.db.syncedTable('cases').toArray();
    const localIds = new Set(local.map((row) => row.id));
    const expected = await expectedIds(desk, rows);
    const kept = await protectedIds(desk, today, rows);
    const missing = [...expected].filter((id) => !localIds.has(id));
    const extra = [...localIds].filter((id) => !expected.has(id) && !kept.has(id));
    expect({ missing, extra }, `${desk.name} on ${today}`).toEqual({ missing: [], extra: [] });
    // Every local row is the server's version (nothing stale, nothing only here).
    for (const row of local) expect(row.version, `${desk.name}: ${row.id}`).toBe(versions.get(row.id));
  }
};

beforeAll(async () => {
  server = await startTestServer('pglite');
  desks.push(
    await openDesk('clerkA', 'rs-staff', 'staff-JN-RS-001', mainHall, 3),
    await openDesk('clerkB', 'rs-staff2', 'staff-JN-RS-002', insuranceHall, 3),
    await openDesk('leader', 'rs-leader', 'staff-JN-RS-004', mainHall, 5),
    await openDesk('chief', 'rs-chief', 'staff-JN-RS-006', mainHall, 8),
    await openDesk('mover', 'rs-staff3', 'staff-JN-RS-003', mainHall, 3),
  );
});

afterAll(async () => {
  for (const desk of desks) {
    desk.db.close();
    await desk.db.delete();
  }
  await server.close();
});

describe('desks of different scopes while days pass', () => {
  it('hold exactly their scope after every day, and lose no change', async () => {
    const [clerkA, clerkB, leader, , mover] = desks as [TestDesk, TestDesk, TestDesk, TestDesk, TestDesk];
    const awaiting: string[] = [];
    let conflictRow = '';
    let oldNotice = '';
    const finishedOfB: string[] = [];
    for (let day = 0; day < 10; day += 1) {
      if (day > 0) {
        server.clock.advance(dayMs);
        // A session lasts a working day: each desk signs in again in the morning.
        for (const desk of desks) await desk.engine.signIn(desk.username, demoPassword);
      }
      if (day === 6) {
        // Pending work is never evicted: on the morning its window moved past day 3, clerk B notes a
        // case of day 3 after its push and before its pull; the day's eviction runs with it unsent.
        const noted = finishedOfB[3]!;
        clerkB.beforePull = async () => {
          await write(clerkB, noted, { outcomeNote: '补记：申请人来电' });
        };
        expect(await clerkB.engine.sync()).toBe('synced');
        expect((await clerkB.db.outbox.toArray()).filter((entry) => entry.rowId === noted)).toHaveLength(1);
        expect((await clerkB.db.syncedTable('cases').get(noted))?.outcomeNote).toBe('补记：申请人来电');
      }
      await create(clerkA, mainHall, 'completedInOneVisit', `甲${day}`);
      awaiting.push(await create(clerkA, mainHall, 'needsSupplement', `乙${day}`));
      finishedOfB.push(await create(clerkB, insuranceHall, 'completedInOneVisit', `丙${day}`));
      await create(clerkB, insuranceHall, 'inProgress', `丁${day}`);
      await create(mover, day < 4 ? mainHall : insuranceHall, 'completedInOneVisit', `戊${day}`);
      if (day === 0) oldNotice = 'GZ-乙0';
      if (day >= 2) {
        // The applicant of a 需补正 case two days old comes back — to the other hall.
        const returning = awaiting[day - 2]!;
        await syncAll();
        // The return visit reopens it (a 需补正 case never jumps to 办结), then it is finished.
        await write(clerkB, returning, { status: 'inProgress', finishedAt: null });
        await write(clerkB, returning, {
          status: 'completedInOneVisit',
          finishedAt: toIsoInstant(server.clock.now()),
        });
      }
      if (day === 3) {
        // Two desks note the same awaiting case from the same base: one gets a conflict note and keeps
        // the row after it closes and its day leaves the window.
        conflictRow = awaiting[3]!;
        await write(leader, conflictRow, { outcomeNote: '组长：请补充材料' });
        await write(clerkA, conflictRow, { outcomeNote: '窗口：已电话通知' });
      }
      if (day === 4) {
        // The mover's desk is set up again at the other hall: its scope moves, it pulls that hall's.
        const desk = (await getMeta(mover.db, 'desk'))!;
        await setMeta(mover.db, 'desk', { ...desk, hallId: insuranceHall as Desk['hallId'] });
      }
      if (day === 5) {
        // A clerk widens its window in 设置: the days it lacks are pulled like a first sync.
        clerkA.windowDays = 5;
        await setSyncState(clerkA.db, 'scopeWindowDays', 5);
      }
      if (day === 8) {
        // A return visit with an old notice: the case is long out of the clerk's window and closed.
        const [found] = await clerkA.engine.lookup({ notice: oldNotice });
        expect(found).toBeDefined();
        await write(clerkA, found!, { outcomeNote: '补正材料已收，归档' });
      }
      await syncAll();
      await checkDesks();
    }
    // The pending edit reached the server once sent.
    expect((await serverRows()).find((row) => row.id === finishedOfB[3])?.fields.outcomeNote).toBe(
      '补记：申请人来电',
    );
    // The conflict note kept its row on the desk that was overwritten, though it left the scope.
    const noted = desks.filter((desk) => desk.name === 'leader' || desk.name === 'clerkA');
    const notes = await Promise.all(noted.map(async (desk) => conflictsOf(desk.db).count()));
    expect(notes.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const desk of noted)
      if ((await conflictsOf(desk.db).count()) > 0)
        expect(await desk.db.syncedTable('cases').get(conflictRow)).toBeDefined();
    // Every change reached the server: the look-up's edit too.
    const archived = (await serverRows()).find((row) => row.fields.outcomeNote === '补正材料已收，归档');
    expect(archived).toBeDefined();
  }, 240_000);
});
