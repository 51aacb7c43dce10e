import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AdminError } from './admin';

/**
 * How long a lock may go untouched before it counts as left behind by a process that died. The holder
 * touches it every `stale / 2`; a newcomer that finds a fresh lock waits up to this long (plus a margin)
 * for it to go stale before refusing, so a restart straight after a crash still starts.
 */
const staleMs = 5_000;

/**
 * PGlite has no postmaster to stop two processes opening the same data folder, and two writers would
 * corrupt it. Every process that opens the folder (server and admin commands) takes this lock.
 *
 * A lock directory kept fresh by its holder (proper-lockfile), not a PID file: a PID says nothing
 * after a restart — in a container the server is PID 1 every time, so the old file named the new
 * process itself and it refused to start, and after an unclean exit another process may have the PID.
 * `onCompromised` runs if the lock is lost while held (its directory removed, the disk gone): the holder
 * must stop writing, so the server exits.
 */
export const lockDataDir = async (
  dataDir: string,
  onCompromised: (error: Error) => void = (error) => {
    console.error(`Lost the lock on ${dataDir}; stopping so two processes never write it:`, error.message);
    process.exit(1);
  },
): Promise<() => Promise<void>> => {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'oncedesk-lock'),
      stale: staleMs,
      update: staleMs / 2,
      retries: { retries: 7, factor: 1, minTimeout: 1_000, maxTimeout: 1_000 },
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new AdminError(
      `${dataDir} is in use by another process (the running server?). Stop it first, or use DATABASE_URL.`,
      { cause: error },
    );
  }
};
