import { execFile } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { AdminError } from '../admin';

/**
 * PostgreSQL backups are pg_dump's custom format, made and read by the PostgreSQL client tools
 * (`apt-get install postgresql-client`, the same major version as the server or newer). The password
 * goes to them in PGPASSWORD, never on a command line another user could read in `ps`.
 */
const clientEnv = (databaseUrl: string): NodeJS.ProcessEnv => {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.hostname) env.PGHOST = decodeURIComponent(url.hostname);
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database) env.PGDATABASE = database;
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
};

/** A `?options=-c search_path=x` in the URL (a schema of its own) limits the backup to that schema. */
const schemaOf = (databaseUrl: string): string | undefined =>
  /search_path=([A-Za-z0-9_]+)/.exec(new URL(databaseUrl).searchParams.get('options') ?? '')?.[1];

const run = (tool: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<string>((resolve, reject) => {
    execFile(tool, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(
          new AdminError(`${tool} was not found: install the PostgreSQL client tools (postgresql-client).`),
        );
      }
      reject(new AdminError(`${tool} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });

export const backupPostgres = async (databaseUrl: string, file: string): Promise<void> => {
  const schema = schemaOf(databaseUrl);
  const partial = `${file}.partial`;
  try {
    await run(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${partial}`,
        ...(schema ? [`--schema=${schema}`] : []),
      ],
      clientEnv(databaseUrl),
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
};

/** The tables a OnceDesk backup must hold; anything else is someone else's dump. */
const requiredTables = ['server_epoch', 'version_counter', 'rows', 'clients'];

/**
 * Checks `file` is a pg_dump archive of a OnceDesk database (`pg_restore --list`, which reads only its
 * table of contents), then restores it in one transaction over the current tables (`--clean`): a file
 * that is not one, or a restore that fails half-way, leaves the database as it was. Stop the servers
 * first; the caller then migrates and starts a new epoch.
 */
export const restorePostgres = async (databaseUrl: string, file: string): Promise<void> => {
  const env = clientEnv(databaseUrl);
  // Without a database pg_restore would print the SQL instead of restoring it.
  const database = env.PGDATABASE ?? env.PGUSER;
  if (!database) throw new AdminError('DATABASE_URL names no database; nothing was restored.');
  let contents: string;
  try {
    contents = await run('pg_restore', ['--list', file], env);
  } catch (error) {
    if (error instanceof AdminError && /not found/.test(error.message)) throw error;
    throw new AdminError(
      `${file} is not a PostgreSQL backup made by \`backup\` or pg_dump --format=custom; nothing was restored.`,
      { cause: error },
    );
  }
  const tables = new Set([...contents.matchAll(/ TABLE DATA \S+ (\S+) /g)].map((match) => match[1]));
  const missing = requiredTables.filter((name) => !tables.has(name));
  if (missing.length > 0) {
    throw new AdminError(
      `${file} is a PostgreSQL backup, but not of a OnceDesk server (no ${missing.join(', ')}); nothing was restored.`,
    );
  }
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      `--dbname=${database}`,
      file,
    ],
    env,
  );
};
