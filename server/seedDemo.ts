import { demoCatalog } from '../shared/demo/catalog';
import { demoCertificateLists, demoListsPublishedAt } from '../shared/demo/certificateLists';
import { demoDutyRows } from '../shared/demo/duty';
import { demoDepartments, demoHalls, demoStaff, demoWindows } from '../shared/demo/organization';
import { hashPassword } from './auth/password';
import type { Database } from './db/types';
import { seedRows } from './sync/seedRows';

/** Every demo account's password (docs/server.md). Demo data only: never seed a production server. */
export const demoPassword = 'oncedesk-demo';

export type SeedSummary = {
  departments: number;
  halls: number;
  windows: number;
  staff: number;
  items: number;
  certificateLists: number;
  /** Demo bottleneck notes (堵点) of the week before `now`, with their shifts and updates. */
  bottlenecks: number;
};

/** Inserts each row that is not there yet (`ON CONFLICT DO NOTHING`); returns how many were new. */
const insertMissing = async <Row>(
  db: Database,
  sql: string,
  rows: readonly Row[],
  params: (row: Row) => unknown[],
): Promise<number> => {
  let inserted = 0;
  for (const row of rows)
    inserted += (await db.query(`${sql} ON CONFLICT DO NOTHING RETURNING id`, params(row))).rows.length;
  return inserted;
};

/** Idempotent: creates what is missing and leaves existing departments, accounts and rows as they are. */
export const seedDemo = async (db: Database, now: Date): Promise<SeedSummary> => {
  const departments = await insertMissing(
    db,
    'INSERT INTO departments (id, code, name, bureau) VALUES ($1, $2, $3, $4)',
    demoDepartments,
    (department) => [department.id, department.code, department.name, department.bureau ?? null],
  );
  const halls = await insertMissing(
    db,
    'INSERT INTO halls (id, department_id, name, address, level) VALUES ($1, $2, $3, $4, $5)',
    demoHalls,
    (hall) => [hall.id, hall.departmentId, hall.name, hall.address, hall.level ?? null],
  );
  const windows = await insertMissing(
    db,
    'INSERT INTO windows (id, hall_id, number, label) VALUES ($1, $2, $3, $4)',
    demoWindows,
    (window) => [window.id, window.hallId, window.number, window.label],
  );
  const passwordHash = await hashPassword(demoPassword);
  const staff = await insertMissing(
    db,
    `INSERT INTO staff (id, username, name, roles, department_id, password_hash)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
    demoStaff,
    (person) => [
      person.id,
      person.username,
      person.name,
      JSON.stringify(person.roles),
      person.departmentId,
      passwordHash,
    ],
  );

  const items = await seedRows(
    db,
    'items',
    demoCatalog.map(({ id, ...fields }) => ({ id, fields })),
    now,
  );
  const lists = demoCertificateLists(demoListsPublishedAt);
  const certificateLists = await seedRows(
    db,
    'certificateLists',
    lists.map(({ list }) => list),
    now,
  );
  await seedRows(
    db,
    'certificateEntries',
    lists.flatMap(({ entries }) => entries),
    now,
  );
  // The week before `now`, like the desks seed it (same ids): seeding again later adds nothing.
  const week = demoDutyRows(now);
  await seedRows(db, 'shifts', week.shifts, now);
  const bottlenecks = await seedRows(db, 'bottlenecks', week.notes, now);
  await seedRows(db, 'bottleneckUpdates', week.updates, now);
  return {
    departments,
    halls,
    windows,
    staff,
    items: items.inserted,
    certificateLists: certificateLists.inserted,
    bottlenecks: bottlenecks.inserted,
  };
};
