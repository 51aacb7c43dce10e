import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { seedDemo } from '../../server/seedDemo';
import { silentLogger } from '../../server/log/logger';
import { startServer } from '../../server/startServer';
import { runServerCli } from './serverProcesses';

/**
 * `restore FILE` on PostgreSQL drops and recreates the tables every server process reads, so it refuses
 * while any runs against that database (server/db/serverLock.ts: each server holds a shared advisory
 * lock on its LISTEN connection; restore needs it exclusively) — with a message in Chinese and English,
 * exit 1, nothing touched — and goes ahead once they are stopped. Real processes, real files.
 */
const databaseUrl = process.env.DATABASE_URL;
const root = mkdtempSync(join(tmpdir(), 'oncedesk-restore-running-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  runServerCli(args, { ...process.env, LOG_LEVEL: 'warn', ...env });

describe.runIf(databaseUrl)('restore beside a running server on PostgreSQL', () => {
  it('refuses while a server process runs against the database, restores once it stopped', async () => {
    const schema = `oncedesk_restore_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(databaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString() };
    const db = await openDatabase({ databaseUrl: databaseUrl!, searchPath: schema });
    try {
      await seedDemo(db, new Date());
      const file = join(root, 'city.backup');
      const backup = await cli(['backup', file], env);
      expect(backup.code, backup.output).toBe(0);
      await db.query(`INSERT INTO departments (id, code, name) VALUES ('dept-after', 'AFTER', '备份之后')`);

      const server = await startServer({ host: '127.0.0.1', port: 0, database: db, logger: silentLogger() });
      let refused: { code: number; output: string };
      try {
        refused = await cli(['restore', file], env);
      } finally {
        await server.close();
      }
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/还有服务器进程连着这个数据库（\d+ 个连接），请先停止全部服务器进程/);
      expect(refused.output).toContain('Server processes are still running against this database');
      expect(refused.output).toContain('Nothing was restored.');
      // Nothing touched: the department added after the backup is still there.
      const kept = await db.query(`SELECT 1 FROM departments WHERE id = 'dept-after'`);
      expect(kept.rows).toHaveLength(1);

      // Stopped (its LISTEN connection, and with it the lock, is gone): the restore goes ahead.
      const restored = await cli(['restore', file], env);
      expect(restored.code, restored.output).toBe(0);
      expect(restored.output).toMatch(/New server epoch/);
      const gone = await db.query(`SELECT 1 FROM departments WHERE id = 'dept-after'`);
      expect(gone.rows).toHaveLength(0);
    } finally {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }, 240_000);
});
