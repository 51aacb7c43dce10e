import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { AdminError } from './admin';

/**
 * `--workers N`: how many server processes share the port. Every process is stateless — sessions,
 * login failures, versions and stream pokes all go through the database — so any desk may reach any
 * of them. PGlite is one process's embedded database, so it allows exactly one.
 */
export const workerCount = (raw: string | undefined, postgres: boolean): number => {
  if (raw === undefined) return postgres ? availableParallelism() : 1;
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(count) || count < 1 || count > 256) {
    throw new AdminError(
      `--workers must be a whole number from 1 to 256 (got "${raw}"); nothing was started.`,
    );
  }
  if (count > 1 && !postgres) {
    throw new AdminError(
      `--workers ${count} needs PostgreSQL (DATABASE_URL): the embedded PGlite store is single-process. ` +
        'Run with --workers 1, or set DATABASE_URL; nothing was started.',
    );
  }
  return count;
};

const maxRestartsPerMinute = 5;

/**
 * The primary forks `count` workers (each runs the same command and serves), restarts one that dies
 * unexpectedly, and gives up — exiting non-zero — when they keep dying, so a supervisor (systemd)
 * sees the failure instead of a restart loop. SIGINT/SIGTERM stop the workers, then the primary.
 */
export const runPrimary = (count: number, announce: (address: string) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    let stopping = false;
    let listening = 0;
    const restarts: number[] = [];
    const fork = () => cluster.fork({ ONCEDESK_WORKER: '1' });
    cluster.on('listening', (_worker, address) => {
      listening += 1;
      if (listening === count) announce(`${address.address ?? '127.0.0.1'}:${address.port}`);
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve();
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > maxRestartsPerMinute || listening === 0) {
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
        reject(
          new AdminError(
            `Server worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); ` +
              (listening === 0
                ? 'it failed to start.'
                : `${restarts.length} exits within a minute, giving up.`),
          ),
        );
        return;
      }
      console.error(
        `Server worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`,
      );
      fork();
    });
    const stop = () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) resolve();
      for (const worker of workers) worker?.kill('SIGTERM');
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    for (let i = 0; i < count; i += 1) fork();
  });
