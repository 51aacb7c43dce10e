import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startServer, type RunningServer } from '../../server/startServer';
import { openDatabase } from '../../server/db/open';
import type { Database } from '../../server/db/types';
import { addDepartment, addStaff } from '../../server/admin';
import { rotateEpoch } from '../../server/sync/epoch';
import { silentLogger } from '../../server/log/logger';

export const testPassword = 'sync-test-password';

export type TestServer = {
  /** The current address; changes after a restart. */
  url: () => string;
  database: () => Database;
  departmentId: string;
  usernames: string[];
  /** Stops the server process (and, with PGlite, closes its database) and starts it again on the same data. */
  restart: () => Promise<void>;
  close: () => Promise<void>;
};

/** A staff member's id by username (the server's, as a desk's author field carries it). */
export const staffIdOf = async (database: Database, username: string): Promise<string> =>
  (await database.query<{ id: string }>('SELECT id FROM staff WHERE username = $1', [username])).rows[0]!.id;

/**
 * A department of its own with `staffCount` clerks (`staff` role) and then `leaderCount` duty leaders,
 * all with testPassword; `usernames` lists the clerks first.
 */
export const addTestDepartment = async (
  database: Database,
  staffCount: number,
  leaderCount = 0,
): Promise<{ departmentId: string; usernames: string[] }> => {
  const code = `T${randomUUID().slice(0, 8)}`;
  const { id: departmentId } = await addDepartment(database, { code, name: '同步测试局' });
  const usernames: string[] = [];
  for (let index = 0; index < staffCount; index += 1) {
    const username = `clerk${index}-${code}`;
    await addStaff(database, {
      username,
      password: testPassword,
      name: `窗口${index + 1}`,
      roles: ['staff'],
      departmentCode: code,
    });
    usernames.push(username);
  }
  for (let index = 0; index < leaderCount; index += 1) {
    const username = `leader${index}-${code}`;
    await addStaff(database, {
      username,
      password: testPassword,
      name: `带班${index + 1}`,
      roles: ['leader'],
      departmentCode: code,
    });
    usernames.push(username);
  }
  return { departmentId, usernames };
};

/**
 * The real sync server on loopback: PGlite in a temp folder, or — when DATABASE_URL is set — PostgreSQL
 * in a schema of its own, so parallel test files never see each other's rows or version counter.
 */
export const startTestServer = async (staffCount: number): Promise<TestServer> => {
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = databaseUrl ? undefined : await mkdtemp(join(tmpdir(), 'oncedesk-sync-'));
  const schema = `sync_test_${randomUUID().replace(/-/g, '')}`;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
  }
  const open = () =>
    databaseUrl ? openDatabase({ databaseUrl, searchPath: schema }) : openDatabase({ dataDir: dataDir! });
  let database = await open();
  const { departmentId, usernames } = await addTestDepartment(database, staffCount);
  let server: RunningServer = await startServer({
    host: '127.0.0.1',
    port: 0,
    database,
    logger: silentLogger(),
  });
  return {
    url: () => server.url,
    database: () => database,
    departmentId,
    usernames,
    restart: async () => {
      await server.close();
      await database.close();
      database = await open();
      server = await startServer({ host: '127.0.0.1', port: 0, database, logger: silentLogger() });
    },
    close: async () => {
      await server.close();
      await database.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      if (databaseUrl) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      }
    },
  };
};

/** The server's rows of the test department, comparable with localCases(). */
export const serverCases = async (server: TestServer, departmentId = server.departmentId) => {
  const result = await server
    .database()
    .query<{ id: string; version: unknown; deleted: boolean; fields: Record<string, unknown> }>(
      `SELECT id, version, deleted, fields FROM rows WHERE table_name = 'cases' AND department_id = $1`,
      [departmentId],
    );
  return result.rows
    .map((row) => ({ id: row.id, version: Number(row.version), deleted: row.deleted, fields: row.fields }))
    .sort((a, b) => a.id.localeCompare(b.id));
};

export const serverLastSeq = async (server: TestServer, clientId: string): Promise<number> => {
  const result = await server
    .database()
    .query<{ last_seq: unknown }>('SELECT last_seq FROM clients WHERE client_id = $1', [clientId]);
  return Number(result.rows[0]?.last_seq ?? 0);
};

export const serverVersionCounter = async (server: TestServer): Promise<number> => {
  const result = await server
    .database()
    .query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1');
  return Number(result.rows[0]?.value ?? 0);
};

/**
 * Versions the server issued for no row: one per edit refused because another desk had deleted the
 * row, which carries the note telling the deleter (docs/sync.md, "A delete over an edit").
 */
export const serverNoticeVersions = async (server: TestServer): Promise<number> => {
  const result = await server
    .database()
    .query<{ count: unknown }>('SELECT count(DISTINCT version) AS count FROM conflicts WHERE edit_refused');
  return Number(result.rows[0]?.count ?? 0);
};

/** Tables a backup of the sync server holds (all that desks' data lives in). */
const backedUpTables = [
  'rows',
  'clients',
  'client_mutations',
  'conflicts',
  'rejections',
  'version_counter',
] as const;

/**
 * Takes a backup of the server's sync data now; the returned function puts it back and starts a new
 * epoch, as a restore does (server/sync/epoch.ts). Both run on the live server, like an operator would
 * between requests.
 */
export const backupServer = async (server: TestServer): Promise<() => Promise<void>> => {
  const tag = randomUUID().replace(/-/g, '').slice(0, 10);
  for (const table of backedUpTables)
    await server.database().exec(`CREATE TABLE backup_${tag}_${table} AS SELECT * FROM ${table}`);
  return async () => {
    const db = server.database();
    await db.transaction(async (tx) => {
      for (const table of backedUpTables) {
        await tx.exec(`DELETE FROM ${table}`);
        await tx.exec(`INSERT INTO ${table} SELECT * FROM backup_${tag}_${table}`);
      }
    });
    await rotateEpoch(db);
  };
};
