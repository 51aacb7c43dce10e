import { demoCatalog } from '../shared/demo/catalog';
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
};

/** Idempotent: creates what is missing and leaves existing departments, accounts and rows as they are. */
export const seedDemo = async (db: Database, now: Date): Promise<SeedSummary> => {
  let departments = 0;
  for (const department of demoDepartments) {
    const inserted = await db.query(
      `INSERT INTO departments (id, code, name, bureau) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [department.id, department.code, department.name, department.bureau],
    );
    departments += inserted.rows.length;
  }

  let halls = 0;
  for (const hall of demoHalls) {
    const inserted = await db.query(
      `INSERT INTO halls (id, department_id, name, address) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [hall.id, hall.departmentId, hall.name, hall.address],
    );
    halls += inserted.rows.length;
  }

  let windows = 0;
  for (const window of demoWindows) {
    const inserted = await db.query(
      `INSERT INTO windows (id, hall_id, number, label) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [window.id, window.hallId, window.number, window.label],
    );
    windows += inserted.rows.length;
  }

  let staff = 0;
  const passwordHash = await hashPassword(demoPassword);
  for (const person of demoStaff) {
    const inserted = await db.query(
      `INSERT INTO staff (id, username, name, roles, department_id, password_hash)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [
        person.id,
        person.username,
        person.name,
        JSON.stringify(person.roles),
        person.departmentId,
        passwordHash,
      ],
    );
    staff += inserted.rows.length;
  }

  const items = await seedRows(
    db,
    'items',
    demoCatalog.map(({ id, ...fields }) => ({ id, fields })),
    now,
  );
  return { departments, halls, windows, staff, items: items.inserted };
};
