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

export type Database = Queryable & {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'pglite';
};
