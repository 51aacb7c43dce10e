import type { Database, Queryable } from '../db/types';
import { lockVersionCounter } from './writeLocks';

/**
 * The server's epoch: which history of versions and seqs the desks are talking to. It is made at the
 * first migration and replaced by `rotateEpoch` whenever the database goes back in time (a restore from
 * a backup), so every desk that synced with the lost future finds out on its next request and sends
 * again what the server lost instead of skipping the versions issued anew (docs/sync.md, "Epoch").
 */
export type ServerEpoch = {
  /** Opaque; compare for equality only. */
  epoch: string;
  /** The version counter when this epoch began: versions above it may have meant something else before. */
  baseVersion: number;
};

export const readEpoch = async (db: Queryable): Promise<ServerEpoch> => {
  const found = await db.query<{ epoch: string; base_version: unknown }>(
    'SELECT epoch, base_version FROM server_epoch WHERE id = 1',
  );
  const row = found.rows[0];
  if (!row) throw new Error('server_epoch is missing: run the migrations');
  return { epoch: row.epoch, baseVersion: Number(row.base_version) };
};

/**
 * Starts a new epoch at the current version counter. Call it after anything that puts back an older
 * copy of the database (restore), before the server takes requests again. Takes the version counter's
 * lock, so no push is assigning versions while the epoch changes (a push re-reads the epoch under it).
 */
export const rotateEpoch = async (db: Database): Promise<ServerEpoch> =>
  db.transaction(async (tx) => {
    await lockVersionCounter(tx);
    const found = await tx.query<{ epoch: string; base_version: unknown }>(
      `UPDATE server_epoch
          SET epoch = gen_random_uuid()::text,
              base_version = (SELECT value FROM version_counter WHERE id = 1),
              started_at = now()
        WHERE id = 1
        RETURNING epoch, base_version`,
    );
    const row = found.rows[0]!;
    return { epoch: row.epoch, baseVersion: Number(row.base_version) };
  });
