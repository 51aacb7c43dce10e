import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AdminError } from '../admin';
import { migrate } from '../db/migrations';
import { wrapPglite } from '../db/pglite';
import type { Database } from '../db/types';
import { rotateEpoch, type ServerEpoch } from '../sync/epoch';
import { writeWhole } from './backupFile';

/** Entries of the data folder that are not the database: the lock stays where it is. */
const keptInPlace = new Set(['oncedesk-lock']);

/**
 * The embedded store's backup: PGlite's own dump of its data folder (a gzipped tar, `dumpDataDir`), the
 * documented way to copy a PGlite database. The caller holds the data folder's lock, so no server
 * writes while it is read.
 */
export const backupPglite = async (dataDir: string, file: string): Promise<{ bytes: number }> => {
  const db = await PGlite.create(dataDir);
  let dump: Blob;
  try {
    dump = await db.dumpDataDir('gzip');
  } finally {
    await db.close();
  }
  const content = new Uint8Array(await dump.arrayBuffer());
  await writeWhole(file, content);
  return { bytes: content.length };
};

const notABackup = (file: string, why: string) =>
  new AdminError(`${file} is not a OnceDesk backup of the embedded store (${why}); nothing was restored.`);

/**
 * Restores a `backupPglite` file into `dataDir`. Everything is checked and prepared in a sibling
 * folder first — the file unpacked by PGlite itself, the OnceDesk tables found, migrated to this
 * version, a new epoch started (desks that synced after the backup send again what it lacks,
 * docs/sync.md "Epoch"), `beforeSwap` run on it (the audit entry) — so a file that is not a backup
 * leaves the data folder untouched. Only then are the old files moved aside to
 * `<dataDir>.before-restore-<time>` (kept, not deleted) and the restored ones moved in.
 */
export const restorePglite = async (
  dataDir: string,
  file: string,
  now: Date,
  beforeSwap: (db: Database, epoch: ServerEpoch) => Promise<void>,
): Promise<{ epoch: ServerEpoch; previous: string }> => {
  const content = await readFile(file);
  if (content.length < 2 || content[0] !== 0x1f || content[1] !== 0x8b)
    throw notABackup(file, 'not a gzip file');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const staging = join(dirname(dataDir), `${basename(dataDir)}.restoring-${stamp}`);
  const previous = join(dirname(dataDir), `${basename(dataDir)}.before-restore-${stamp}`);
  let epoch: ServerEpoch;
  try {
    let raw: PGlite;
    try {
      raw = await PGlite.create(staging, { loadDataDir: new Blob([content]) });
    } catch (error) {
      throw notABackup(file, error instanceof Error ? error.message : String(error));
    }
    const db = wrapPglite(raw);
    try {
      const found = await db.query<{ name: string | null }>(
        `SELECT to_regclass('server_epoch')::text AS name
         UNION ALL SELECT to_regclass('version_counter')::text
         UNION ALL SELECT to_regclass('rows')::text`,
      );
      if (found.rows.some((row) => row.name === null)) throw notABackup(file, 'it holds no sync tables');
      await migrate(db);
      epoch = await rotateEpoch(db);
      await beforeSwap(db, epoch);
    } finally {
      await db.close();
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await mkdir(previous);
  for (const entry of await readdir(dataDir)) {
    if (!keptInPlace.has(entry)) await rename(join(dataDir, entry), join(previous, entry));
  }
  for (const entry of await readdir(staging)) await rename(join(staging, entry), join(dataDir, entry));
  await rm(staging, { recursive: true, force: true });
  return { epoch, previous };
};
