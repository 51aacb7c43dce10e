import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { seedDemo } from '../../server/seedDemo';
import { openTestDatabase } from '../../server/testing/testDatabase';
import { measureConcurrency } from './server-push';
import { runAsScript, startServerProcess, stopServerProcess } from './serverProcess';

/**
 * Push p95 on a CPU-busy machine (issue #9): the server bench's 200 desks (tests/bench/server-push.ts,
 * ~1 s think time, every acknowledged write looked up afterwards) against the real server process on
 * PostgreSQL, once as the machine is and once with one busy-loop child process per core spinning for
 * the whole run (each bounded: it exits on its own after the run's length plus a margin, and is killed
 * when the run ends). Same server, same database, same run. Not a test: it measures.
 */
export type BusyPushOptions = {
  databaseUrl: string;
  desks?: number;
  durationMs?: number;
  log?: (line: string) => void;
};

type Run = Awaited<ReturnType<typeof measureConcurrency>> & { load1: number };

export type BusyPushResult = { cores: number; busyLoops: number; quiet: Run; busy: Run };

/** One child per core spinning until `ms` from now (it ends itself even if this process dies). */
const spinners = (count: number, ms: number): ChildProcess[] =>
  Array.from({ length: count }, () =>
    spawn(
      process.execPath,
      ['-e', `const end = Date.now() + ${Math.round(ms)}; while (Date.now() < end) {}`],
      {
        stdio: 'ignore',
      },
    ),
  );

const stop = (children: ChildProcess[]) =>
  Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );

export const benchBusyPush = async (options: BusyPushOptions): Promise<BusyPushResult> => {
  const log = options.log ?? (() => undefined);
  const desks = options.desks ?? 200;
  const durationMs = options.durationMs ?? 30_000;
  const cores = availableParallelism();
  const testDb = await openTestDatabase('postgres', options.databaseUrl);
  let server: ChildProcess | undefined;
  try {
    await seedDemo(testDb.db, new Date());
    const started = await startServerProcess(options.databaseUrl, testDb.schema!, 1);
    server = started.child;
    const measure = async (prefix: string) => {
      const run = await measureConcurrency(testDb.db, started.api, desks, durationMs, 1000, prefix);
      const { acknowledgedRows: _rows, ...figures } = run;
      return { ...figures, acknowledgedRows: run.acknowledgedRows, load1: loadavg()[0]! };
    };
    log(`busy push: ${desks} desks for ${durationMs / 1000} s as the machine is…`);
    const quiet = await measure('quiet');
    log(
      `  quiet: p95 ${quiet.p95LatencyMs} ms, p50 ${quiet.p50LatencyMs} ms, load ${quiet.load1.toFixed(1)}`,
    );
    log(`busy push: the same with ${cores} busy loops (one per core)…`);
    const loops = spinners(cores, durationMs + 60_000);
    let busy: Run;
    try {
      busy = await measure('busy');
    } finally {
      await stop(loops);
    }
    log(`  busy: p95 ${busy.p95LatencyMs} ms, p50 ${busy.p50LatencyMs} ms, load ${busy.load1.toFixed(1)}`);
    return { cores, busyLoops: cores, quiet, busy };
  } finally {
    if (server) await stopServerProcess(server);
    await testDb.drop();
  }
};

runAsScript(import.meta.url, (databaseUrl) =>
  benchBusyPush({
    databaseUrl,
    desks: Number(process.env.BUSY_DESKS || 200),
    durationMs: Number(process.env.BENCH_DURATION_MS || 30_000),
    log: (line) => console.log(line),
  }),
);
