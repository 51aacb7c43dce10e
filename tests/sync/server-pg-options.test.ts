import { execFile } from 'node:child_process';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';

/**
 * A DATABASE_URL carrying `?options=-c search_path=S` (documented for backups and several databases
 * on one PostgreSQL) used to replace the pool's startup options, so lock_timeout and statement_timeout
 * were silently unbounded. Against the real PostgreSQL: both hold now, and a URL that sets a bound
 * itself is refused by the server's command line before anything starts.
 */
const databaseUrl = process.env.DATABASE_URL;

describe.runIf(databaseUrl)('DATABASE_URL with ?options= on PostgreSQL', () => {
  const schema = `oncedesk_opts_${randomBytes(5).toString('hex')}`;
  const admin = () => new pg.Client({ connectionString: databaseUrl });
  const withSchema = (extra = '') => {
    const url = new URL(databaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}${extra}`);
    return url.toString();
  };

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });

  it("keeps the URL's search path and the pool's bounded waits on every connection", async () => {
    const db = await openDatabase({
      databaseUrl: withSchema(),
      pool: { lockTimeoutMs: 1234, statementTimeoutMs: 5678 },
    });
    try {
      const { rows } = await db.query<{ schema: string; lock: string; statement: string }>(
        `SELECT current_schema() AS schema, current_setting('lock_timeout') AS lock,
                current_setting('statement_timeout') AS statement`,
      );
      expect(rows[0]).toEqual({ schema, lock: '1234ms', statement: '5678ms' });
      // The migrations ran in that schema, not in public.
      const tables = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'rows'`,
        [schema],
      );
      expect(Number(tables.rows[0]!.n)).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('refuses to start a server whose URL sets statement_timeout, with a clear message and exit 1', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'server/cli.ts', '--workers', '1'],
        {
          env: {
            ...process.env,
            DATABASE_URL: withSchema(' -c statement_timeout=0'),
            HOST: '127.0.0.1',
            PORT: '0',
            LOG_LEVEL: 'warn',
          },
          timeout: 60_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    expect(code).toBe(1);
    expect(output).toContain(
      "Error: DATABASE_URL's options set statement_timeout, which the server sets itself",
    );
    expect(output).not.toContain('OnceDesk sync server on');
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);
});
