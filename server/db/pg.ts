import pg from 'pg';
import { listenPostgres } from './pgListen';
import { pgConnection } from './pgOptions';
import { advisoryLocksSql } from './advisoryLocks';
import type { Database, QueryResult, Transaction } from './types';

/**
 * Every wait is bounded, so a busy database turns into a quick 503 with Retry-After instead of requests
 * queuing until the desk gives up: with 10+ concurrent pushes every connection waited on the push lock
 * and pulls, logins and session look-ups queued behind them while /health said ok.
 */
export type PoolBounds = {
  maxConnections?: number;
  /** Waiting for a free pooled connection. */
  connectionTimeoutMs?: number;
  /** Waiting for any lock: a row's, a client's, the version counter's (server/sync/writeLocks.ts). */
  lockTimeoutMs?: number;
  statementTimeoutMs?: number;
};

export const defaultPoolBounds: Required<PoolBounds> = {
  maxConnections: 10,
  connectionTimeoutMs: 3_000,
  lockTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
};

export type PgOptions = PoolBounds & {
  databaseUrl: string;
  /** Tests give each file its own schema so parallel files never see each other's rows. */
  searchPath?: string;
};

/** A wait ran out (pool, lock or statement): the database is busy, not broken; answered with 503. */
export class DatabaseBusyError extends Error {
  constructor(options: ErrorOptions) {
    super('The database is busy.', options);
    this.name = 'DatabaseBusyError';
  }
}

/**
 * Two pushes that wait on each other's row locks (each reads the other's shift for its overlap rule):
 * PostgreSQL ends one of them after deadlock_timeout. Nothing was written, so it may simply run again.
 */
export const isDeadlock = (error: unknown): boolean => {
  const cause = error instanceof DatabaseBusyError ? error.cause : error;
  return (cause as { code?: unknown } | undefined)?.code === '40P01';
};

/**
 * lock_not_available (lock_timeout), query_canceled (statement_timeout), deadlock_detected (a deadlock
 * retried until the caller gave up), too_many_connections and cannot_connect_now (the server is full or
 * starting), and pg-pool's two connect timeouts: waiting for a pooled connection, and opening a new one
 * that took longer than the same bound. The last was missing: on a starved CPU (a reconnect storm)
 * opening a connection (its SCRAM handshake) can run past 3 s, and the request failed with 500, not 503.
 */
const busyCodes = new Set(['55P03', '57014', '40P01', '53300', '57P03']);
const isBusy = (error: unknown): boolean => {
  if (busyCodes.has(String((error as { code?: unknown }).code))) return true;
  return (
    error instanceof Error &&
    /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test(
      error.message,
    )
  );
};

const busyOr = (error: unknown): unknown => (isBusy(error) ? new DatabaseBusyError({ cause: error }) : error);

/**
 * Names for statements worth preparing. A push or a pull sends the same few texts every time, and
 * unprepared each one is parsed and planned again on every request: that was about a third of
 * PostgreSQL's CPU per small push (docs/benchmarks.md, issue 9). A text with parameters is prepared
 * from its second use, once per pooled connection (pg remembers what each connection has parsed).
 * Texts built per request (a list of n placeholders) would each take a name for ever, so only the
 * first `limit` distinct texts are counted at all. Statements name their result columns (no
 * `SELECT *`): a prepared one whose columns change under it, as a newer version's migration would,
 * fails on every later use (tests/sync/server-prepared.test.ts).
 */
export const preparedNames = (limit = 500) => {
  const uses = new Map<string, string | null>();
  let named = 0;
  return (sql: string): string | undefined => {
    const seen = uses.get(sql);
    if (seen === undefined) {
      if (uses.size < limit) uses.set(sql, null);
      return undefined;
    }
    if (seen !== null) return seen;
    named += 1;
    const name = `oncedesk_${named}`;
    uses.set(sql, name);
    return name;
  };
};

/** The part of pg's connection a query sends its messages with. */
type ProtocolConnection = {
  parse(query: { text: string }): void;
  bind(config: object): void;
  execute(config: object): void;
  sync(): void;
};

/**
 * A statement with COMMIT behind it, in one round trip (`Transaction.commitWith`): after the statement's
 * Execute go Parse, Bind and Execute of COMMIT, then the one Sync. When the statement fails, PostgreSQL
 * skips everything up to the Sync, so COMMIT never runs and the transaction is left failed for the
 * caller's ROLLBACK. It replaces `_getRows` of pg's Query (pg 8, lib/query.js), the step of its
 * extended-query flow that sends Execute and Sync; everything else (parsing, binding, the rows) is
 * pg's own. Answered with two results: the statement's, then COMMIT's.
 */
class WithCommit extends pg.Query {
  _getRows(connection: ProtocolConnection): void {
    connection.execute({});
    connection.parse({ text: 'COMMIT' });
    connection.bind({});
    connection.execute({});
    connection.sync();
  }
}

const withCommit = (client: pg.PoolClient, config: pg.QueryConfig): Promise<pg.QueryResult> =>
  new Promise((resolve, reject) => {
    const query = new WithCommit(config, (error: Error | undefined, results: unknown) => {
      if (error) return reject(error);
      const [statement] = results as pg.QueryResult[];
      resolve(statement!);
    });
    void client.query(query);
  });

export const openPostgres = (options: PgOptions): Database => {
  const bounds = { ...defaultPoolBounds, ...definedOnly(options) };
  const settings = [
    `-c lock_timeout=${bounds.lockTimeoutMs}`,
    `-c statement_timeout=${bounds.statementTimeoutMs}`,
    // A transaction left open (a crashed handler) must not hold its locks for ever.
    `-c idle_in_transaction_session_timeout=${bounds.statementTimeoutMs * 2}`,
    // The push path's correctness argument (docs/sync.md, "Pull") is made for READ COMMITTED; a
    // database whose default is stricter would turn lock waits into serialization failures.
    '-c default_transaction_isolation=read\\ committed',
    ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
  ];
  // Throws (nothing opened) when the URL's own ?options= would override a bound.
  const connection = pgConnection(options.databaseUrl, settings);
  const pool = new pg.Pool({
    connectionString: connection.connectionString,
    max: bounds.maxConnections,
    connectionTimeoutMillis: bounds.connectionTimeoutMs,
    options: connection.options,
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', (error) => console.error('postgres pool error:', error.message));

  const nameOf = preparedNames();
  /** `commit`: the statement with COMMIT behind it (`withCommit`), on a transaction's own client. */
  const run = async <Row>(
    client: pg.Pool | pg.PoolClient,
    sql: string,
    params?: unknown[],
    commit?: 'commit',
  ): Promise<QueryResult<Row>> => {
    const name = params === undefined ? undefined : nameOf(sql);
    const config: pg.QueryConfig = { text: sql, values: params, ...(name === undefined ? {} : { name }) };
    try {
      const result = await (commit ? withCommit(client as pg.PoolClient, config) : client.query(config));
      return { rows: result.rows as Row[] };
    } catch (error) {
      throw busyOr(error);
    }
  };

  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await run(pool, sql);
    },
    transaction: async (work, options) => {
      const client = await pool.connect().catch((error: unknown) => {
        throw busyOr(error);
      });
      let committed = false;
      const open = () => {
        if (committed) throw new Error('The transaction was committed by commitWith.');
        return client;
      };
      const tx: Transaction = {
        query: (sql, params) => run(open(), sql, params),
        exec: async (sql) => {
          await run(open(), sql);
        },
        commitWith: <Row>(sql: string, params: unknown[]) => {
          const connection = open();
          committed = true;
          return run<Row>(connection, sql, params, 'commit');
        },
      };
      let broken: Error | undefined;
      try {
        const locks = options?.locks ?? [];
        await client.query(
          `BEGIN ISOLATION LEVEL READ COMMITTED${locks.length > 0 ? `; ${advisoryLocksSql(locks)}` : ''}`,
        );
        const result = await work(tx);
        if (!committed) await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection whose ROLLBACK failed may still be inside the transaction, holding its locks:
        // it is destroyed rather than handed to the next request.
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw busyOr(error);
      } finally {
        client.release(broken);
      }
    },
    listen: (channel, onNotice) =>
      listenPostgres({
        connectionString: connection.connectionString,
        options: connection.options,
        channel,
        onNotice,
      }),
    close: () => pool.end(),
  };
};

const definedOnly = (bounds: PoolBounds): PoolBounds =>
  Object.fromEntries(Object.entries(bounds).filter(([, value]) => value !== undefined));
