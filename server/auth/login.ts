import { loginRequestSchema, type LoginResponse } from '../../shared/sync/contract';
import type { Database } from '../db/types';
import { HttpError } from '../http/errors';
import type { SecurityEvents } from '../security/events';
import { proveDevice, recordDeviceSignIn } from './devices';
import type { HashingSlots } from './hashingSlots';
import type { LoginLimiter } from './loginLimits';
import { decoyPasswordHash, verifyPassword } from './password';
import { createSession, parseRoles } from './sessions';

const badCredentials = () =>
  // One message for an unknown user and a wrong password: the answer must not reveal which usernames exist.
  new HttpError(401, 'invalid_credentials', 'Wrong username or password.');

export type LoginGuards = { limiter: LoginLimiter; hashing: HashingSlots; events: SecurityEvents };

/**
 * The attempt is counted before the password is checked (loginLimits.ts), in the database, so the
 * limits hold across parallel requests and across server processes behind a load balancer; the check
 * itself waits for a hashing slot.
 */
export const login = async (
  db: Database,
  body: unknown,
  ip: string,
  now: Date,
  guards: LoginGuards,
): Promise<LoginResponse> => {
  const parsed = loginRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(400, 'invalid_request', 'Send username, password and deviceId.');
  }
  const { username, password, deviceId, deviceSecret } = parsed.data;
  const { events } = guards;
  const attempt = await guards.limiter.begin(username, ip, (scope) =>
    events({ kind: 'login_limited', username, address: ip, scope }),
  );

  const found = await db.query<{
    id: string;
    name: string;
    roles: unknown;
    department_id: string;
    password_hash: string;
    disabled_at: unknown;
  }>('SELECT id, name, roles, department_id, password_hash, disabled_at FROM staff WHERE username = $1', [
    username,
  ]);
  const staff = found.rows[0];
  const hash = staff?.password_hash ?? (await decoyPasswordHash());
  const valid = await guards.hashing
    .run(
      () => verifyPassword(password, hash),
      () => events({ kind: 'login_busy', address: ip }),
    )
    .catch(async (error: unknown) => {
      await attempt.notChecked();
      throw error;
    });
  if (!staff || !valid) {
    events({ kind: 'login_failed', username, address: ip });
    throw badCredentials();
  }

  await attempt.succeeded();
  // Told only to the right password: a guesser must not learn which accounts exist or are disabled.
  if (staff.disabled_at !== null) {
    events({ kind: 'login_disabled', username, address: ip });
    throw new HttpError(403, 'account_disabled', 'This account has been disabled.');
  }
  const device = await proveDevice(db, deviceId, deviceSecret, now).catch((error: unknown) => {
    events({ kind: 'device_refused', staffId: staff.id, deviceId, address: ip });
    throw error;
  });
  const { token, expiresAt } = await createSession(db, staff.id, deviceId, now);
  if (device.proven) await recordDeviceSignIn(db, deviceId, staff.id, now);
  events({ kind: 'login_succeeded', username, staffId: staff.id, deviceId, address: ip });
  return {
    token,
    expiresAt: expiresAt.toISOString() as LoginResponse['expiresAt'],
    staff: {
      id: staff.id,
      name: staff.name,
      roles: parseRoles(staff.roles),
      departmentId: staff.department_id,
    },
    ...(device.issued ? { deviceSecret: device.issued } : {}),
  };
};
