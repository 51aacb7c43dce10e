import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServerCli } from './serverProcesses';

/**
 * The operator's side of running the server: TLS, --workers, the audit log and session revocation, as
 * real processes with real exit codes on the embedded database (and PostgreSQL for --workers 2).
 */
const root = mkdtempSync(join(tmpdir(), 'oncedesk-ops-'));
const dataDir = join(root, 'data');

const baseEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ONCEDESK_DATA: dataDir, LOG_LEVEL: 'warn', ...extra };
  if (!('DATABASE_URL' in extra)) delete env.DATABASE_URL;
  return env;
};

const cli = (args: string[], env: NodeJS.ProcessEnv = baseEnv()) => runServerCli(args, env, 60_000);

/** Starts `npm run server` and resolves with its API address once it says where it listens. */
const serve = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ api: string; child: ChildProcess; output: () => string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      env: { ...env, HOST: '127.0.0.1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (https?:\/\/[^\s,]+\/api\/v1)/.exec(output);
      if (match) resolve({ api: match[1]!, child, output: () => output });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

describe('server operations from the command line', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses --workers 0, a non-number, and more than one worker on PGlite, starting nothing', async () => {
    for (const [args, message] of [
      [['--workers', '0'], /--workers must be a whole number from 1/],
      [['--workers', 'two'], /--workers must be a whole number from 1/],
      [['--workers', '2'], /needs PostgreSQL/],
    ] as const) {
      const reply = await cli([...args]);
      expect(reply.code).not.toBe(0);
      expect(reply.output).toMatch(message);
      expect(reply.output).not.toMatch(/sync server on/);
    }
    // Nothing was created in the data folder either.
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  }, 120_000);

  it('serves HTTPS with TLS_CERT/TLS_KEY, and refuses a key that does not match the certificate', async () => {
    const cert = join(root, 'cert.pem');
    const key = join(root, 'key.pem');
    const otherKey = join(root, 'other-key.pem');
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    );
    openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', otherKey);

    const mismatch = await cli(
      [],
      baseEnv({ TLS_CERT: cert, TLS_KEY: otherKey, ONCEDESK_DATA: join(root, 'tls-bad') }),
    );
    expect(mismatch.code).not.toBe(0);
    expect(mismatch.output).toMatch(/does not match the certificate/);
    expect(existsSync(join(root, 'tls-bad'))).toBe(false);
    const half = await cli([], baseEnv({ TLS_CERT: cert }));
    expect(half.code).not.toBe(0);
    expect(half.output).toMatch(/Set both TLS_CERT and TLS_KEY/);

    const server = await serve(
      [],
      baseEnv({ TLS_CERT: cert, TLS_KEY: key, ONCEDESK_DATA: join(root, 'tls') }),
    );
    try {
      expect(server.api).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
      const body = await new Promise<string>((resolve, reject) => {
        request(`${server.api}/health`, { ca: readFileSync(cert) }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(text));
        })
          .on('error', reject)
          .end();
      });
      expect(JSON.parse(body)).toMatchObject({ ok: true });
    } finally {
      await stop(server.child);
    }
  }, 120_000);

  it('prints the audit log by date and user, records operator commands, and revokes sessions', async () => {
    expect((await cli(['seed-demo'])).code).toBe(0);
    const server = await serve([], baseEnv());
    try {
      const login = (password: string) =>
        fetch(`${server.api}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'rs-staff', password, deviceId: 'desk-a' }),
        });
      expect((await login('wrong-password')).status).toBe(401);
      const { token } = (await (await login('oncedesk-demo')).json()) as { token: string };
      expect(
        (await fetch(`${server.api}/org`, { headers: { authorization: `Bearer ${token}` } })).status,
      ).toBe(200);
    } finally {
      await stop(server.child);
    }
    const revoked = await cli(['revoke-sessions', '--user', 'rs-staff']);
    expect(revoked).toMatchObject({ code: 0 });
    expect(revoked.output).toMatch(/Revoked 1 session/);
    expect((await cli(['revoke-sessions', '--user', 'nobody'])).output).toMatch(/Unknown username "nobody"/);

    const mine = await cli(['audit', '--since', '2020-01-01', '--user', 'rs-staff']);
    expect(mine.code).toBe(0);
    const events = mine.output.split('\n').map((line) => line.split(/\s+/)[1]);
    expect(events).toEqual(
      expect.arrayContaining(['login_failed', 'login_succeeded', 'token_revoked', 'operator_command']),
    );
    expect(mine.output).not.toMatch(/mz-staff/);
    const all = await cli(['audit', '--since', '2020-01-01']);
    expect(all.output).toMatch(/operator_command\s.*"command":"seed-demo"/);
    expect((await cli(['audit', '--since', '2999-01-01'])).output).toMatch(/^0 audit entries/m);
    const bad = await cli(['audit', '--since', 'yesterday']);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/--since "yesterday" is not a date/);
    expect((await cli(['audit'])).output).toMatch(/Missing --since/);
  }, 180_000);

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'runs two worker processes on PostgreSQL that both answer',
    async () => {
      const { openTestDatabase } = await import('../../server/testing/testDatabase');
      const testDb = await openTestDatabase('postgres');
      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${testDb.schema}`);
      try {
        const server = await serve(
          ['--workers', '2'],
          baseEnv({ DATABASE_URL: url.toString(), LOG_LEVEL: 'info' }),
        );
        try {
          expect(server.output()).toMatch(/2 workers/);
          for (let i = 0; i < 10; i += 1) {
            // A fresh connection each time, so the primary hands it to the next worker.
            const reply = await fetch(`${server.api}/health`, { headers: { connection: 'close' } });
            expect(reply.status).toBe(200);
          }
          await new Promise((resolve) => setTimeout(resolve, 500));
          const pids = new Set(
            server
              .output()
              .split('\n')
              .filter((line) => line.startsWith('{'))
              .map((line) => JSON.parse(line) as { msg?: string; pid?: number })
              .filter((line) => line.msg === 'request')
              .map((line) => line.pid),
          );
          expect(pids.size).toBe(2);
        } finally {
          await stop(server.child);
        }
      } finally {
        await testDb.drop();
      }
    },
    120_000,
  );
});
