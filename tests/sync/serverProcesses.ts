import { execFile, spawn } from 'node:child_process';

export type ServerProcess = { api: string; stop: () => Promise<void> };

/**
 * The real server as its own OS process (`npm run server`'s entry, one worker) over a schema of a
 * PostgreSQL database: several of them on one schema are the deployment of several processes, each with
 * its own connection pool and event loop. Resolves once it listens; bounded by `timeoutMs`.
 */
export const startServerProcess = (
  databaseUrl: string,
  schema: string,
  timeoutMs = 60_000,
): Promise<ServerProcess> => {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--workers', '1'], {
    env: { ...process.env, DATABASE_URL: url.toString(), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`server process did not start within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/[^\s,]+\/api\/v1)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ api: match[1]!, stop });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with ${code}: ${output}`));
    });
  });
};

export const stopAll = async (processes: readonly ServerProcess[]): Promise<void> => {
  await Promise.all(processes.map((server) => server.stop()));
};

/**
 * `npm run server -- ARGS` as an operator runs it, in its own process with exactly `env`: its exit code
 * and everything it printed (stdout then stderr). Bounded by `timeoutMs`.
 */
export const runServerCli = (
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<{ code: number; output: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', ...args],
      { env, timeout: timeoutMs },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
