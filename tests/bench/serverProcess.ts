import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export type ServerProcess = { api: string; child: ChildProcess };

/**
 * `npm run server`'s entry as its own process (with `--workers N`, the real cluster), so the simulated
 * desks in the bench's process do not steal its event loop. Its database is schema `schema` of
 * `databaseUrl` (through `?options=-c search_path=…`, which keeps the pool's bounded waits).
 */
export const startServerProcess = (
  databaseUrl: string,
  schema: string,
  workers = 1,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> => {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--workers', String(workers)], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/[^\s,]+\/api\/v1)/.exec(output);
      if (match) resolve({ api: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
};

export const stopServerProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/**
 * Runs `bench` when `moduleUrl` is the script node was started with (`node --import tsx tests/bench/…`),
 * against DATABASE_URL, printing its result as JSON; a missing DATABASE_URL or a failure exits 1.
 */
export const runAsScript = (moduleUrl: string, bench: (databaseUrl: string) => Promise<unknown>): void => {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Set DATABASE_URL to a PostgreSQL database (see docs/server.md).');
    process.exit(1);
  }
  bench(databaseUrl).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
