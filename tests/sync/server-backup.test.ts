import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import type { Database } from '../../server/db/types';
import { readAudit } from '../../server/audit/auditLog';
import { readEpoch } from '../../server/sync/epoch';
import { seedDemo } from '../../server/seedDemo';
import { openTestDatabase, testBackends, type TestDatabase } from '../../server/testing/testDatabase';
import { runServerCli } from './serverProcesses';

/**
 * `npm run server -- backup FILE` / `restore FILE` as an operator runs them: real processes, real
 * files, exit codes and messages, on the embedded store (PGlite's data-folder dump) and on PostgreSQL
 * (pg_dump / pg_restore). A restore starts a new epoch; a file that is not a backup touches nothing.
 */
const root = mkdtempSync(join(tmpdir(), 'oncedesk-backup-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  runServerCli(args, { ...process.env, LOG_LEVEL: 'warn', ...env });

type Store = {
  env: NodeJS.ProcessEnv;
  open: () => Promise<Database>;
  close: () => Promise<void>;
};

const pgliteStore = (): Store => {
  const dataDir = join(root, 'data');
  const env: NodeJS.ProcessEnv = { ONCEDESK_DATA: dataDir, DATABASE_URL: '' };
  return { env, open: () => openDatabase({ dataDir }), close: () => Promise.resolve() };
};

const postgresStore = async (): Promise<Store> => {
  const testDb: TestDatabase = await openTestDatabase('postgres');
  await testDb.db.close();
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set('options', `-c search_path=${testDb.schema}`);
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ databaseUrl: process.env.DATABASE_URL!, searchPath: testDb.schema! }),
    close: async () => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${testDb.schema} CASCADE`);
      await client.end();
    },
  };
};

const departments = async (store: Store) => {
  const db = await store.open();
  try {
    const { rows } = await db.query<{ code: string }>('SELECT code FROM departments ORDER BY code');
    const epoch = await readEpoch(db);
    const counter = await db.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1');
    return { codes: rows.map((row) => row.code), epoch, counter: Number(counter.rows[0]!.value) };
  } finally {
    await db.close();
  }
};

describe.each(testBackends())('backup and restore on %s', (backend) => {
  it('backs up to a new file, refuses a non-backup without touching anything, restores with a new epoch', async () => {
    const store = backend === 'pglite' ? pgliteStore() : await postgresStore();
    const file = join(root, `${backend}-backup.bin`);
    try {
      const seeded = await store.open();
      await seedDemo(seeded, new Date());
      await seeded.close();
      expect((await cli(['add-department', '--code', 'BEFORE', '--name', '备份前'], store.env)).code).toBe(0);

      const made = await cli(['backup', file], store.env);
      expect(made.code, made.output).toBe(0);
      expect(made.output).toMatch(/Backup written to .* MB\)/);
      expect(existsSync(file)).toBe(true);
      // Never over an existing file (yesterday's backup); `--file` is the same command.
      const again = await cli(['backup', '--file', file], store.env);
      expect(again.code).not.toBe(0);
      expect(again.output).toMatch(/already exists/);

      expect((await cli(['add-department', '--code', 'AFTER', '--name', '备份后'], store.env)).code).toBe(0);
      const before = await departments(store);
      expect(before.codes).toEqual(expect.arrayContaining(['BEFORE', 'AFTER']));

      // Files that are not backups: refused with a clear message, the store exactly as it was.
      const text = join(root, `${backend}-notes.txt`);
      writeFileSync(text, '这不是备份\n');
      const gzipped = join(root, `${backend}-other.gz`);
      writeFileSync(gzipped, gzipSync(Buffer.from('not a tar archive')));
      for (const bad of [text, gzipped]) {
        const refused = await cli(['restore', bad], store.env);
        expect(refused.code).not.toBe(0);
        expect(refused.output).toMatch(/is not a (OnceDesk|PostgreSQL) backup.*nothing was restored/);
      }
      const missing = await cli(['restore', join(root, 'nowhere.bin')], store.env);
      expect(missing.output).toMatch(/does not exist; nothing was restored/);
      expect(await departments(store)).toEqual(before);
      if (backend === 'pglite')
        expect(readdirSync(root).filter((name) => name.includes('restoring'))).toEqual([]);

      const restored = await cli(['restore', file], store.env);
      expect(restored.code, restored.output).toBe(0);
      expect(restored.output).toMatch(/New server epoch/);
      const after = await departments(store);
      expect(after.codes).toContain('BEFORE');
      expect(after.codes).not.toContain('AFTER');
      // Desks that synced with the lost future recover by the new epoch (docs/sync.md, "Epoch").
      expect(after.epoch.epoch).not.toBe(before.epoch.epoch);
      expect(after.epoch.baseVersion).toBe(after.counter);
      if (backend === 'pglite') {
        expect(restored.output).toMatch(/replaced files are kept in .*before-restore-/);
        expect(readdirSync(root).filter((name) => name.startsWith('data.before-restore-'))).toHaveLength(1);
      }
      const db = await store.open();
      try {
        const audit = await readAudit(db, { since: new Date(Date.now() - 3_600_000) });
        const commands = audit.filter((entry) => entry.event === 'operator_command');
        expect(commands.map((entry) => entry.detail.command)).toContain('restore');
        // The audit log went back with the data: the department added after the backup is not in it.
        const codes = commands
          .filter((entry) => entry.detail.command === 'add-department')
          .map((entry) => (entry.detail.flags as { code?: string }).code);
        expect(codes).toContain('BEFORE');
        expect(codes).not.toContain('AFTER');
      } finally {
        await db.close();
      }
    } finally {
      await store.close();
    }
  }, 300_000);
});
