import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/open';
import type { PoolBounds } from '../db/pg';
import type { Database } from '../db/types';

export type Backend = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI). Tests run once per backend. */
export const testBackends = (): Backend[] => (process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']);

export type TestDatabase = { db: Database; schema?: string; drop(): Promise<void> };

/**
 * A fresh, migrated database: in-memory PGlite, or a new schema in DATABASE_URL's database so test
 * files running in parallel never see each other's rows. `drop()` closes it and removes the schema.
 */
export const openTestDatabase = async (
  backend: Backend,
  databaseUrl = process.env.DATABASE_URL,
  pool?: PoolBounds,
): Promise<TestDatabase> => {
  if (backend === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, drop: () => db.close() };
  }
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const schema = `oncedesk_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(databaseUrl, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const db = await openDatabase({ databaseUrl, searchPath: schema, ...(pool ? { pool } : {}) });
  return {
    db,
    schema,
    drop: async () => {
      await db.close();
      await withAdminClient(databaseUrl, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
};

const withAdminClient = async (databaseUrl: string, work: (client: pg.Client) => Promise<unknown>) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};
