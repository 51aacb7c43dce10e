import { createHash, randomBytes } from 'node:crypto';
import { roleSchema, type Role } from '../../shared/domain/organization';
import { AdminError } from '../admin';
import type { Queryable } from '../db/types';

/** A working day plus overtime; the desk logs in again the next morning. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

export type Session = {
  staffId: string;
  staffName: string;
  roles: Role[];
  departmentId: string;
  deviceId: string;
};

/** Only this hash of a token is stored; the live-update hub re-checks streams' sessions by it. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const createSession = async (
  db: Queryable,
  staffId: string,
  deviceId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> => {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await db.query(
    'INSERT INTO sessions (token_hash, staff_id, device_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [hashToken(token), staffId, deviceId, now.toISOString(), expiresAt.toISOString()],
  );
  return { token, expiresAt };
};

export const parseRoles = (value: unknown): Role[] => {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return roleSchema.array().parse(list);
};

/** The session behind a bearer token, or undefined when it is unknown or expired at `now`. */
export const findSession = async (db: Queryable, token: string, now: Date): Promise<Session | undefined> => {
  const result = await db.query<{
    staff_id: string;
    name: string;
    roles: unknown;
    department_id: string;
    device_id: string;
  }>(
    `SELECT s.staff_id, st.name, st.roles, st.department_id, s.device_id
       FROM sessions s JOIN staff st ON st.id = s.staff_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND st.disabled_at IS NULL`,
    [hashToken(token), now.toISOString()],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    staffId: row.staff_id,
    staffName: row.name,
    roles: parseRoles(row.roles),
    departmentId: row.department_id,
    deviceId: row.device_id,
  };
};

/** Sign-out: the token stops working at once, on every server process. */
export const revokeSession = async (db: Queryable, token: string): Promise<void> => {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
};

/** Housekeeping: expired sessions are useless; dropping them keeps the table small. */
export const deleteExpiredSessions = async (db: Queryable, now: Date): Promise<void> => {
  await db.query('DELETE FROM sessions WHERE expires_at <= $1', [now.toISOString()]);
};

/**
 * Signs a clerk out everywhere (a lost laptop, a clerk who left): every token of that username stops
 * working at once (401), and the desk asks for the password again. Returns how many were revoked.
 */
export const revokeSessions = async (db: Queryable, username: string): Promise<number> => {
  const found = await db.query<{ id: string }>('SELECT id FROM staff WHERE username = $1', [username]);
  const staff = found.rows[0];
  if (!staff) throw new AdminError(`Unknown username "${username}".`);
  const deleted = await db.query<{ token_hash: string }>(
    'DELETE FROM sessions WHERE staff_id = $1 RETURNING token_hash',
    [staff.id],
  );
  return deleted.rows.length;
};
