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
import { benchCertificateLists } from '../certificate-lists';
import { browserListFileReaders } from '../../../renderer/features/certificates/data/listFileReaders';
import type { BenchApi, BenchWindow } from './api';

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

const resumableFirstSync: BenchApi['resumableFirstSync'] = (rows) =>
  benchResumableFirstSync({ openDb: openDatabase, rows });

const certificateLists: BenchApi['certificateLists'] = () =>
  benchCertificateLists({ openDb: openDatabase, readers: browserListFileReaders });

(window as unknown as BenchWindow).oncedeskBench = {
  certificateLists,
  fillAppDatabase,
  recordSteps,
  catalogSearch,
  firstSync,
  resumableFirstSync,
};
document.getElementById('state')!.textContent = 'ready';
