import { recordIdSchema } from '../shared/ids';
import { adminLevelSchema } from '../shared/domain/itemGuide';
import { AdminError } from './admin';
import type { Queryable } from './db/types';

export type NewHall = {
  departmentCode: string;
  code: string;
  name: string;
  address?: string;
  /** province | city | county | township; absent: city. */
  level?: string;
  id?: string;
};

const hallCodePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const hallPrefix = 'hall-';

/** Window ids pad the number to two digits, like the demo windows (`win-JN-RS-ZWDT-01`). */
export const windowIdOf = (hallId: string, number: number): string =>
  `win-${hallId.startsWith(hallPrefix) ? hallId.slice(hallPrefix.length) : hallId}-${String(number).padStart(2, '0')}`;

export const addHall = async (db: Queryable, input: NewHall): Promise<{ id: string }> => {
  if (!hallCodePattern.test(input.code)) {
    throw new AdminError(`Hall code "${input.code}" must be 1–40 letters, digits, "-" or "_".`);
  }
  const name = input.name.trim();
  if (name.length === 0 || name.length > 80) throw new AdminError('Hall name must be 1–80 characters.');
  const address = (input.address ?? '').trim();
  if (address.length > 160) throw new AdminError('Hall address must be at most 160 characters.');
  const level = input.level === undefined ? null : adminLevelSchema.safeParse(input.level).data;
  if (level === undefined)
    throw new AdminError(
      `Hall level "${input.level}" must be one of ${adminLevelSchema.options.join(', ')}.`,
    );
  const id = input.id ?? `${hallPrefix}${input.code}`;
  if (!recordIdSchema.safeParse(id).success) throw new AdminError(`"${id}" is not a valid id.`);
  const department = await db.query<{ id: string }>('SELECT id FROM departments WHERE code = $1', [
    input.departmentCode,
  ]);
  const departmentId = department.rows[0]?.id;
  if (!departmentId) throw new AdminError(`Unknown department code "${input.departmentCode}".`);
  const inserted = await db.query(
    `INSERT INTO halls (id, department_id, name, address, level) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, departmentId, name, address, level],
  );
  if (inserted.rows.length === 0) throw new AdminError(`Hall "${input.code}" (id "${id}") exists already.`);
  return { id };
};

export type NewWindow = { hallCode: string; number: string | number; label?: string };

export const addWindow = async (db: Queryable, input: NewWindow): Promise<{ id: string }> => {
  const text = String(input.number).trim();
  const number = /^[0-9]{1,3}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(number) || number < 1 || number > 999) {
    throw new AdminError(`Window number "${input.number}" must be a whole number from 1 to 999.`);
  }
  const label = (input.label ?? '').trim();
  if (label.length > 40) throw new AdminError('Window label must be at most 40 characters.');
  const hallId = `${hallPrefix}${input.hallCode}`;
  const hall = await db.query<{ id: string }>('SELECT id FROM halls WHERE id = $1', [hallId]);
  if (hall.rows.length === 0) throw new AdminError(`Unknown hall code "${input.hallCode}".`);
  const id = windowIdOf(hallId, number);
  if (!recordIdSchema.safeParse(id).success) throw new AdminError(`"${id}" is not a valid id.`);
  const inserted = await db.query(
    `INSERT INTO windows (id, hall_id, number, label) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, hallId, number, label],
  );
  if (inserted.rows.length === 0)
    throw new AdminError(`Window ${number} of hall "${input.hallCode}" exists already.`);
  return { id };
};
