import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';

const hashSecret = (secret: string): Buffer => createHash('sha256').update(secret).digest();

export const deviceNotRecognized = () =>
  new HttpError(403, 'device_not_recognized', 'This device name belongs to another desk.');

/** `proven`: the sign-in showed the device's secret (or was just issued one); `issued`: a new secret. */
export type DeviceProof = { proven: boolean; issued?: string };

/**
 * Decides whether a sign-in may speak for `deviceId` (docs/sync.md, "Device secrets"). Returns a new
 * secret when one is issued now. Called only after the password was checked, so an unauthenticated
 * caller learns nothing about which devices exist.
 *
 * - The device has a secret: the claim must carry it, or 403.
 * - It has none and the desk asks for one (`null`) or brings one (the server lost it, e.g. restored
 *   from a backup): it is bound now — first come, first bound, atomically by the primary key.
 * - It has none and the desk sends nothing (an older desk): the deviceId stays unproven, as before.
 */
export const proveDevice = async (
  db: Queryable,
  deviceId: string,
  claim: string | null | undefined,
  now: Date,
): Promise<DeviceProof> => {
  const found = await db.query<{ secret_hash: string }>(
    'SELECT secret_hash FROM devices WHERE device_id = $1',
    [deviceId],
  );
  const stored = found.rows[0]?.secret_hash;
  if (stored !== undefined) {
    if (typeof claim !== 'string') throw deviceNotRecognized();
    const expected = Buffer.from(stored, 'hex');
    if (!timingSafeEqual(hashSecret(claim), expected)) throw deviceNotRecognized();
    return { proven: true };
  }
  if (claim === undefined) return { proven: false };
  const issued = claim === null ? randomBytes(32).toString('base64url') : undefined;
  const secret = issued ?? (claim as string);
  const inserted = await db.query(
    'INSERT INTO devices (device_id, secret_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
    [deviceId, hashSecret(secret).toString('hex'), now.toISOString()],
  );
  // Another sign-in bound it between our read and our insert: it is theirs now.
  if (inserted.rows.length === 0) throw deviceNotRecognized();
  return issued === undefined ? { proven: true } : { proven: true, issued };
};

/**
 * Records that this person signed in on this (proven) device: only such a person may be named as the
 * author of a mutation that device pushes (push.ts, "Authors" in docs/sync.md).
 */
export const recordDeviceSignIn = async (
  db: Queryable,
  deviceId: string,
  staffId: string,
  now: Date,
): Promise<void> => {
  await db.query(
    `INSERT INTO device_staff (device_id, staff_id, first_at, last_at) VALUES ($1, $2, $3, $3)
     ON CONFLICT (device_id, staff_id) DO UPDATE SET last_at = EXCLUDED.last_at`,
    [deviceId, staffId, now.toISOString()],
  );
};
