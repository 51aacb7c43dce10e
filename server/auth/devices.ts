import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';

const hashSecret = (secret: string): Buffer => createHash('sha256').update(secret).digest();

export const deviceNotRecognized = () =>
  new HttpError(403, 'device_not_recognized', 'This device name belongs to another desk.');

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
): Promise<{ issued?: string }> => {
  const found = await db.query<{ secret_hash: string }>(
    'SELECT secret_hash FROM devices WHERE device_id = $1',
    [deviceId],
  );
  const stored = found.rows[0]?.secret_hash;
  if (stored !== undefined) {
    if (typeof claim !== 'string') throw deviceNotRecognized();
    const expected = Buffer.from(stored, 'hex');
    if (!timingSafeEqual(hashSecret(claim), expected)) throw deviceNotRecognized();
    return {};
  }
  if (claim === undefined) return {};
  const issued = claim === null ? randomBytes(32).toString('base64url') : undefined;
  const secret = issued ?? (claim as string);
  const inserted = await db.query(
    'INSERT INTO devices (device_id, secret_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
    [deviceId, hashSecret(secret).toString('hex'), now.toISOString()],
  );
  // Another sign-in bound it between our read and our insert: it is theirs now.
  if (inserted.rows.length === 0) throw deviceNotRecognized();
  return issued === undefined ? {} : { issued };
};
