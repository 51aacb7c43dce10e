import { loginRequestSchema, type LoginResponse } from '../../shared/sync/contract';
import type { Database } from '../db/types';
import { HttpError } from '../http/errors';
import { decoyPasswordHash, verifyPassword } from './password';
import { createSession, parseRoles } from './sessions';

export const maxFailedLogins = 5;
export const failedLoginWindowMs = 15 * 60 * 1000;

const badCredentials = () =>
  // One message for an unknown user and a wrong password: the answer must not reveal which usernames exist.
  new HttpError(401, 'invalid_credentials', 'Wrong username or password.');

/**
 * Failures are counted per username and client address in the database, so the limit holds across
 * server processes behind a load balancer.
 */
export const login = async (db: Database, body: unknown, ip: string, now: Date): Promise<LoginResponse> => {
  const parsed = loginRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(400, 'invalid_request', 'Send username, password and deviceId.');
  }
  const { username, password, deviceId } = parsed.data;
  const windowStart = new Date(now.getTime() - failedLoginWindowMs).toISOString();
  const failures = await db.query<{ count: unknown }>(
    'SELECT count(*) AS count FROM login_attempts WHERE username = $1 AND ip = $2 AND at > $3',
    [username, ip, windowStart],
  );
  if (Number(failures.rows[0]?.count ?? 0) >= maxFailedLogins) {
    throw new HttpError(429, 'too_many_attempts', 'Too many failed logins. Try again in 15 minutes.');
  }

  const found = await db.query<{
    id: string;
    name: string;
    roles: unknown;
    department_id: string;
    password_hash: string;
  }>('SELECT id, name, roles, department_id, password_hash FROM staff WHERE username = $1', [username]);
  const staff = found.rows[0];
  const valid = await verifyPassword(password, staff?.password_hash ?? (await decoyPasswordHash()));
  if (!staff || !valid) {
    await db.query('INSERT INTO login_attempts (username, ip, at) VALUES ($1, $2, $3)', [
      username,
      ip,
      now.toISOString(),
    ]);
    throw badCredentials();
  }

  await db.query('DELETE FROM login_attempts WHERE username = $1 AND ip = $2', [username, ip]);
  const { token, expiresAt } = await createSession(db, staff.id, deviceId, now);
  return {
    token,
    expiresAt: expiresAt.toISOString() as LoginResponse['expiresAt'],
    staff: {
      id: staff.id,
      name: staff.name,
      roles: parseRoles(staff.roles),
      departmentId: staff.department_id,
    },
  };
};
