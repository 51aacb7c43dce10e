/**
 * The server bounds every wait on PostgreSQL (server/db/pg.ts) through the connection's startup
 * `options`. A DATABASE_URL may carry its own `?options=` (documented for `-c search_path=S`), and `pg`
 * lets the URL's value replace the pool's outright — so a search path in the URL silently dropped
 * lock_timeout and statement_timeout, and a busy database queued requests instead of answering 503.
 * Here the URL's options are taken out and put first, the pool's after them; a URL that sets one of
 * the bounds itself is refused, because either silently winning would surprise an operator.
 */
export class DatabaseUrlError extends Error {
  readonly code = 'database_url';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

/** Settings the server owns: the bounded waits and the isolation its push path is argued for. */
export const serverOwnedSettings = [
  'lock_timeout',
  'statement_timeout',
  'idle_in_transaction_session_timeout',
  'default_transaction_isolation',
] as const;

/** Names set by `-c name=value`, `-cname=value` or `--name=value` in a startup options string. */
export const settingNames = (options: string): string[] =>
  [...options.matchAll(/(?:^|\s)(?:-c\s*|--)([A-Za-z_][A-Za-z0-9_.-]*)\s*=/g)].map((match) =>
    match[1]!.toLowerCase().replaceAll('-', '_'),
  );

export type PgConnection = { connectionString: string; options: string };

/** The URL without `options`, and the startup options to use: the URL's, then the server's. */
export const pgConnection = (databaseUrl: string, serverSettings: readonly string[]): PgConnection => {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    // Not a URL (a libpq key=value string): pg reads it as it is; there is no `options` to merge.
    return { connectionString: databaseUrl, options: serverSettings.join(' ') };
  }
  const own = url.searchParams.get('options');
  if (own === null) return { connectionString: databaseUrl, options: serverSettings.join(' ') };
  const clashing = settingNames(own).filter((name) =>
    (serverOwnedSettings as readonly string[]).includes(name),
  );
  if (clashing.length > 0) {
    throw new DatabaseUrlError(
      `DATABASE_URL's options set ${clashing.join(', ')}, which the server sets itself (every wait is ` +
        'bounded so a busy database answers 503 with Retry-After instead of queuing). Remove ' +
        `${clashing.length === 1 ? 'it' : 'them'} from ?options= (search_path and other settings may stay); nothing was started.`,
    );
  }
  url.searchParams.delete('options');
  return { connectionString: url.toString(), options: [own.trim(), ...serverSettings].join(' ') };
};
