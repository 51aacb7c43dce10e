import { randomUUID } from 'node:crypto';
import { bureauSchema, roleSchema, type Bureau, type Role } from '../shared/domain/organization';
import { recordIdSchema } from '../shared/ids';
import { hashPassword } from './auth/password';
import type { Queryable } from './db/types';

/** A refusal an operator must read: the CLI prints the message and exits non-zero. */
export class AdminError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AdminError';
  }
}

export type NewDepartment = { code: string; name: string; bureau?: Bureau; id?: string };

const departmentCodePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

export const addDepartment = async (db: Queryable, input: NewDepartment): Promise<{ id: string }> => {
  if (!departmentCodePattern.test(input.code)) {
    throw new AdminError(`Department code "${input.code}" must be 1–40 letters, digits, "-" or "_".`);
  }
  const name = input.name.trim();
  if (name.length === 0 || name.length > 80) throw new AdminError('Department name must be 1–80 characters.');
  if (input.bureau !== undefined && !bureauSchema.safeParse(input.bureau).success) {
    throw new AdminError(`Bureau must be one of: ${bureauSchema.options.join(', ')}.`);
  }
  const id = input.id ?? `dept-${input.code}`;
  if (!recordIdSchema.safeParse(id).success) throw new AdminError(`"${id}" is not a valid id.`);
  const inserted = await db.query(
    `INSERT INTO departments (id, code, name, bureau) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, input.code, name, input.bureau ?? null],
  );
  if (inserted.rows.length === 0)
    throw new AdminError(`Department code "${input.code}" or id "${id}" exists already.`);
  return { id };
};

export type NewStaff = {
  username: string;
  password: string;
  name: string;
  roles: readonly string[];
  departmentCode: string;
  id?: string;
};

const usernamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const addStaff = async (db: Queryable, input: NewStaff): Promise<{ id: string }> => {
  if (!usernamePattern.test(input.username)) {
    throw new AdminError('Username must be 1–64 letters, digits, ".", "-" or "_".');
  }
  if (input.password.length < 8 || input.password.length > 200) {
    throw new AdminError('Password must be 8–200 characters.');
  }
  const name = input.name.trim();
  if (name.length === 0 || name.length > 40) throw new AdminError('Name must be 1–40 characters.');
  const roles: Role[] = [];
  for (const role of input.roles) {
    const parsed = roleSchema.safeParse(role);
    if (!parsed.success)
      throw new AdminError(`Role "${role}" must be one of: ${roleSchema.options.join(', ')}.`);
    roles.push(parsed.data);
  }
  if (roles.length === 0) throw new AdminError('Give at least one role.');
  const id = input.id ?? randomUUID();

  const department = await db.query<{ id: string }>('SELECT id FROM departments WHERE code = $1', [
    input.departmentCode,
  ]);
  const departmentId = department.rows[0]?.id;
  if (!departmentId) throw new AdminError(`Unknown department code "${input.departmentCode}".`);

  const passwordHash = await hashPassword(input.password);
  const inserted = await db.query(
    `INSERT INTO staff (id, username, name, roles, department_id, password_hash)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
    [id, input.username, name, JSON.stringify(roles), departmentId, passwordHash],
  );
  if (inserted.rows.length === 0) throw new AdminError(`Username "${input.username}" exists already.`);
  return { id };
};

/**
 * Disables a person: their sessions end now (every token, every desk) and their sign-ins are refused
 * with 403 `account_disabled`, on which a desk also wipes their offline unlock.
 */
export const disableStaff = async (
  db: Queryable,
  username: string,
): Promise<{ id: string; sessions: number }> => {
  const updated = await db.query<{ id: string }>(
    'UPDATE staff SET disabled_at = COALESCE(disabled_at, now()) WHERE username = $1 RETURNING id',
    [username],
  );
  const id = updated.rows[0]?.id;
  if (!id) throw new AdminError(`Unknown username "${username}".`);
  const revoked = await db.query('DELETE FROM sessions WHERE staff_id = $1 RETURNING 1', [id]);
  return { id, sessions: revoked.rows.length };
};
