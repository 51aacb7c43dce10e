import { openDatabase } from '../../../renderer/db/schema';
import { seedDemoData } from '../../../renderer/db/seed';
import { setMeta } from '../../../renderer/db/meta';
import { mutate } from '../../../renderer/db/mutate';
import { demoDepartmentIds, demoHallIds, demoStaff, demoWindows } from '../../../shared/demo/organization';
import type { Desk } from '../../../shared/domain/organization';
import type { Case } from '../../../shared/domain/case';
import { hallDayOf } from '../../../shared/time';
import { makeCases } from './cases';
import { summarize } from './stats';
import { runCatalogSearchBench } from '../catalog-search';
import { benchFirstSync, benchResumableFirstSync } from '../first-sync';
import { benchHttpFirstSync } from '../http-first-sync';
import { benchCertificateLists } from '../certificate-lists';
import { browserListFileReaders } from '../../../renderer/features/certificates/data/listFileReaders';
import type { BenchApi, BenchWindow } from './api';
import { filterSteps, makeDutyBoard, type BoardSource } from '../duty-board';
import {
  buildBoardRows,
  filterBoardRows,
  filterBoardIndex,
  indexBoardRows,
  emptyFilter,
} from '../../../renderer/features/duty/model/boardRows';
import { staffIdSchema } from '../../../shared/ids';
import { demoHalls } from '../../../shared/demo/organization';

const desk: Desk = {
  departmentId: demoDepartmentIds.hrss,
  hallId: demoHallIds.hrssMain,
  windowId: demoWindows.find(
    (window) => window.hallId === demoHallIds.hrssMain && window.label === '失业保险',
  )!.id,
  staffId: demoStaff.find((staff) => staff.departmentId === demoDepartmentIds.hrss)!.id,
};

const fillAppDatabase: BenchApi['fillAppDatabase'] = async (count, todayCount) => {
  const started = performance.now();
  const now = new Date();
  const db = openDatabase();
  await seedDemoData(db, now);
  await setMeta(db, 'desk', desk);
  const items = (await db.items.where('departmentId').equals(desk.departmentId).toArray()).filter(
    (item) => item.published && !item.deleted,
  );
  const rows = makeCases(items, desk, count, todayCount, now);
  for (let offset = 0; offset < rows.length; offset += 5_000)
    await db.cases.bulkPut(rows.slice(offset, offset + 5_000));
  const cases = await db.cases.count();
  db.close();
  return { cases, ms: performance.now() - started };
};

const recordSteps: BenchApi['recordSteps'] = async (rounds) => {
  const db = openDatabase();
  const today = hallDayOf(new Date());
  const open = await db.cases
    .where('day')
    .equals(today)
    .filter((row) => row.status === 'inProgress')
    .toArray();
  if (open.length === 0) throw new Error('no open case today: run fillAppDatabase first');
  const items = new Map((await db.items.toArray()).map((item) => [item.id, item]));
  const mutateMs: number[] = [];
  const putMs: number[] = [];
  const warmUp = 20;
  for (let round = 0; round < rounds + warmUp; round += 1) {
    const current = open[round % open.length]!;
    const steps = items.get(current.itemId)!.steps;
    const completedStepIds = steps.slice(0, 1 + (round % steps.length)).map((step) => step.id);
    const patch = { completedStepIds, status: 'inProgress' as const };
    // Interleaved so that drift (GC, IndexedDB compaction) hits both paths alike.
    let t0 = performance.now();
    await mutate(db, {
      table: 'cases',
      rowId: current.id,
      op: 'upsert',
      fields: patch,
      by: desk.staffId,
      now: new Date(),
      writer: { staffId: desk.staffId, roles: ['staff'], departmentId: desk.departmentId },
    });
    const mutateTook = performance.now() - t0;
    const row: Case = { ...current, ...patch };
    t0 = performance.now();
    await db.cases.put(row);
    const putTook = performance.now() - t0;
    if (round >= warmUp) {
      mutateMs.push(mutateTook);
      putMs.push(putTook);
    }
  }
  const cases = await db.cases.count();
  db.close();
  return { mutate: summarize(mutateMs), rawPut: summarize(putMs), cases };
};

const catalogSearch: BenchApi['catalogSearch'] = () => Promise.resolve(runCatalogSearchBench());

const firstSync: BenchApi['firstSync'] = (rows) => benchFirstSync({ openDb: openDatabase, rows });

const httpFirstSync: BenchApi['httpFirstSync'] = (serverUrl, token, pageSize) =>
  benchHttpFirstSync({ openDb: openDatabase, serverUrl, token, ...(pageSize ? { pageSize } : {}) });

const resumableFirstSync: BenchApi['resumableFirstSync'] = (rows) =>
  benchResumableFirstSync({ openDb: openDatabase, rows });

const certificateLists: BenchApi['certificateLists'] = () =>
  benchCertificateLists({ openDb: openDatabase, readers: browserListFileReaders });

/** A duty leader's desk (张志强) at the HR bureau's hall: the board shows the whole department's notes. */
const leaderDesk: Desk = { ...desk, staffId: staffIdSchema.parse('staff-JN-RS-004') };

const fillDutyBoard: BenchApi['fillDutyBoard'] = async (noteCount, updateCount, stepCount) => {
  const started = performance.now();
  const now = new Date();
  const db = openDatabase();
  await seedDemoData(db, now);
  await setMeta(db, 'desk', leaderDesk);
  const items = (await db.items.where('departmentId').equals(desk.departmentId).toArray()).filter(
    (item) => item.published && !item.deleted,
  );
  const person = (id: string) => {
    const found = demoStaff.find((staff) => staff.id === id)!;
    return { id: found.id, name: found.name };
  };
  const source: BoardSource = {
    departmentId: desk.departmentId,
    halls: demoHalls.filter((hall) => hall.departmentId === desk.departmentId).map((hall) => hall.id),
    items: items.map((item) => ({ id: item.id, name: item.name })),
    clerks: ['staff-JN-RS-001', 'staff-JN-RS-002', 'staff-JN-RS-003'].map(person),
    leaders: ['staff-JN-RS-004', 'staff-JN-RS-005'].map(person),
  };
  const board = makeDutyBoard(source, noteCount, updateCount, now);
  for (let offset = 0; offset < board.notes.length; offset += 5_000)
    await db.bottlenecks.bulkPut(board.notes.slice(offset, offset + 5_000));
  for (let offset = 0; offset < board.updates.length; offset += 5_000)
    await db.bottleneckUpdates.bulkPut(board.updates.slice(offset, offset + 5_000));
  const fillMs = performance.now() - started;
  // As the board reads them: this department's notes and updates.
  const notes = (await db.bottlenecks.toArray()).filter((note) => note.departmentId === desk.departmentId);
  const updates = (await db.bottleneckUpdates.toArray()).filter(
    (update) => update.departmentId === desk.departmentId,
  );
  db.close();
  let t0 = performance.now();
  const rows = buildBoardRows(notes, updates, now);
  const deriveMs = performance.now() - t0;
  t0 = performance.now();
  const index = indexBoardRows(rows);
  const indexMs = performance.now() - t0;
  const steps = filterSteps(rows, source, stepCount);
  const indexed: number[] = [];
  const scanned: number[] = [];
  let filter = { ...emptyFilter, status: 'unresolved' as const } as Parameters<typeof filterBoardRows>[1];
  for (const step of steps) {
    filter = { ...filter, ...patchOf(step) };
    t0 = performance.now();
    filterBoardIndex(index, filter);
    indexed.push(performance.now() - t0);
    t0 = performance.now();
    filterBoardRows(rows, filter);
    scanned.push(performance.now() - t0);
  }
  return {
    notes: notes.length,
    updates: updates.length,
    fillMs,
    initial: filterBoardRows(rows, { ...emptyFilter, status: 'unresolved' }).length,
    steps,
    deriveMs,
    indexMs,
    filterOnly: summarize(indexed),
    scanOnly: summarize(scanned),
  };
};

const patchOf = (step: { control: string; value: string }) => {
  switch (step.control) {
    case 'board-status':
      return { status: step.value as never };
    case 'board-category':
      return { category: step.value as never };
    case 'board-item':
      return { itemId: step.value };
    case 'board-owner':
      return { ownerId: step.value };
    case 'board-hall':
      return { hallId: step.value };
    default:
      return { overdueOnly: step.value === 'on' };
  }
};

(window as unknown as BenchWindow).oncedeskBench = {
  fillDutyBoard,
  certificateLists,
  fillAppDatabase,
  recordSteps,
  catalogSearch,
  firstSync,
  httpFirstSync,
  resumableFirstSync,
};
document.getElementById('state')!.textContent = 'ready';
