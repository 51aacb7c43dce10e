import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres, type PoolBounds } from './pg';
import type { Database } from './types';

export type StorageOptions = {
  /** PostgreSQL when set; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** A folder, or `memory://`. Default `./data/server`. */
  dataDir?: string;
  searchPath?: string;
  /** PostgreSQL only: pool size and wait bounds (tests make them tiny). */
  pool?: PoolBounds;
};

export const defaultDataDir = './data/server';

/** Opens the configured database and brings its schema up to date. */
export const openDatabase = async (options: StorageOptions): Promise<Database> => {
  const db = options.databaseUrl
    ? openPostgres({ ...options.pool, databaseUrl: options.databaseUrl, searchPath: options.searchPath })
    : await openPglite(options.dataDir ?? defaultDataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
};
