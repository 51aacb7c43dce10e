/**
 * The one storage interface the server uses. Implemented for `pg` (PostgreSQL) and PGlite with the
 * same SQL, so every query written here must run on both.
 */
export type QueryResult<Row> = { rows: Row[] };

export type Queryable = {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
};

/** A transaction's connection; `commitWith` ends it. */
export type Transaction = Queryable & {
  /**
   * The transaction's last statement and its COMMIT in one round trip: a lock this transaction holds
   * is released as soon as PostgreSQL has committed, without waiting for this process to read the answer
   * and send COMMIT (a push's version counter, server/sync/pushWrite.ts). If the statement fails, nothing is
   * committed and the transaction is rolled back. Nothing may run on the transaction after it.
   */
  commitWith<Row = Record<string, unknown>>(sql: string, params: unknown[]): Promise<QueryResult<Row>>;
};

export type TransactionOptions = {
  /**
   * Transaction-scoped advisory locks taken first, in this order, before `work` runs. On PostgreSQL
   * they go with BEGIN in one round trip (a push's client lock, server/sync/writeLocks.ts).
   */
  locks?: readonly bigint[];
};

/** Stops listening; resolves once the listening connection is closed. */
export type Unlisten = () => Promise<void>;

export type Database = Queryable & {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'pglite';
  /**
   * PostgreSQL only: calls `onNotice` for each `pg_notify(channel, payload)` of this database's schema
   * from any process, and once more after every reconnect (notices sent meanwhile are lost, so the
   * listener must catch up itself). PGlite is one process: it has no use for it.
   */
  listen?(channel: string, onNotice: () => void): Promise<Unlisten>;
};
