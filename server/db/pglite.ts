import { PGlite } from '@electric-sql/pglite';
import { advisoryLocksSql } from './advisoryLocks';
import type { Database, QueryResult } from './types';

/** `dataDir` is a folder, or `memory://` for a throw-away database (tests). */
export const openPglite = async (dataDir: string): Promise<Database> =>
  wrapPglite(await PGlite.create(dataDir));

/** The server's storage interface over an open PGlite (restore opens one from a backup itself). */
export const wrapPglite = (db: PGlite): Database => {
  return {
    kind: 'pglite',
    query: async <Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> => {
      const result = await db.query<Row>(sql, params);
      return { rows: result.rows };
    },
    exec: async (sql) => {
      await db.exec(sql);
    },
    // PGlite has one connection and queues other queries while a transaction runs: a transaction is
    // the in-process mutex, and the locks of server/sync/writeLocks.ts are always free when taken.
    transaction: (work, options) =>
      db.transaction(async (tx) => {
        const locks = options?.locks ?? [];
        if (locks.length > 0) await tx.query(advisoryLocksSql(locks));
        const query = async <Row>(sql: string, params?: unknown[]) => ({
          rows: (await tx.query<Row>(sql, params)).rows,
        });
        // One process: the commit follows `work` at once, with nothing to wait for in between.
        return work({
          query,
          exec: async (sql: string) => {
            await tx.exec(sql);
          },
          commitWith: query,
        });
      }),
    close: () => db.close(),
  };
};
