import { parseArgs } from 'node:util';
import { AdminError, addDepartment, addStaff, disableStaff } from './admin';
import { addHall, addWindow } from './adminHalls';
import { lockDataDir } from './dataDirLock';
import { defaultDataDir, openDatabase } from './db/open';
import type { Database } from './db/types';
import { demoPassword, seedDemo } from './seedDemo';
import { startServer } from './startServer';
import { importListCommand } from './certificates/importListCommand';

/**
 * The operator's interface (ARCHITECTURE.md, "Server"): scripts depend on these commands, flags and
 * exit codes, so change them only compatibly.
 */
const usage = `Usage:
  npm run server                          start the sync server (HOST, PORT, ONCEDESK_DATA, DATABASE_URL)
  npm run server -- add-department --code C --name N [--bureau hrss|civilAffairs]
  npm run server -- add-staff --username U --password P --name N --role staff|leader|supervisor --department C
  npm run server -- disable-staff --username U   end their sessions and refuse their sign-ins
  npm run server -- add-hall --department C --code H --name N [--address A] [--level city|county|township]
  npm run server -- add-window --hall H --number N [--label L]
  npm run server -- seed-demo             demo departments, halls, windows, accounts and catalog (idempotent)
  npm run server -- import-list --department CODE|city --kind kept|dropped --file F [--title T] [--skip-rows 3,7] [--dry-run]
                                          a published certificate list (XLSX/CSV) as a new draft version`;

type Storage = { databaseUrl?: string; dataDir: string };

const storageFromEnv = (): Storage => ({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.ONCEDESK_DATA || defaultDataDir,
});

const noLock = (): Promise<void> => Promise.resolve();

const withDatabase = async <T>(storage: Storage, work: (db: Database) => Promise<T>): Promise<T> => {
  const unlock = storage.databaseUrl ? noLock : await lockDataDir(storage.dataDir);
  try {
    const db = await openDatabase(storage);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  } finally {
    await unlock();
  }
};

const required = (
  values: Record<string, string | undefined>,
  names: readonly string[],
): Record<string, string> => {
  const missing = names.filter((name) => !values[name]);
  if (missing.length > 0)
    throw new AdminError(`Missing ${missing.map((name) => `--${name}`).join(', ')}.\n${usage}`);
  return values as Record<string, string>;
};

const flags = (args: string[], names: readonly string[]) =>
  parseArgs({
    args,
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    strict: true,
  }).values as Record<string, string | undefined>;

const serve = async (storage: Storage): Promise<void> => {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new AdminError(`PORT "${process.env.PORT}" is not a port.`);
  const unlock = storage.databaseUrl ? noLock : await lockDataDir(storage.dataDir);
  const server = await startServer({ host, port, ...storage }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const where = storage.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${storage.dataDir}`;
  console.log(`OnceDesk sync server on ${server.url}/api/v1, storage: ${where}`);
  const stop = () => {
    server
      .close()
      .finally(unlock)
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

const run = async (argv: string[]): Promise<void> => {
  const [command, ...rest] = argv;
  const storage = storageFromEnv();
  switch (command) {
    case undefined:
    case 'serve':
      return serve(storage);
    case 'add-department': {
      const values = required(flags(rest, ['code', 'name', 'bureau']), ['code', 'name']);
      const { id } = await withDatabase(storage, (db) =>
        addDepartment(db, { code: values.code!, name: values.name!, bureau: values.bureau as never }),
      );
      console.log(`Added department ${values.code} (id ${id}).`);
      return;
    }
    case 'add-staff': {
      const names = ['username', 'password', 'name', 'role', 'department'] as const;
      const values = required(flags(rest, names), names);
      const { id } = await withDatabase(storage, (db) =>
        addStaff(db, {
          username: values.username!,
          password: values.password!,
          name: values.name!,
          roles: values.role!.split(','),
          departmentCode: values.department!,
        }),
      );
      console.log(`Added ${values.username} (id ${id}) to department ${values.department}.`);
      return;
    }
    case 'disable-staff': {
      const values = required(flags(rest, ['username']), ['username']);
      const { sessions } = await withDatabase(storage, (db) => disableStaff(db, values.username!));
      console.log(`Disabled ${values.username}: ${sessions} session(s) ended, sign-ins refused.`);
      return;
    }
    case 'add-hall': {
      const values = required(flags(rest, ['department', 'code', 'name', 'address', 'level']), [
        'department',
        'code',
        'name',
      ]);
      const { id } = await withDatabase(storage, (db) =>
        addHall(db, {
          departmentCode: values.department!,
          code: values.code!,
          name: values.name!,
          address: values.address,
          level: values.level,
        }),
      );
      console.log(`Added hall ${values.code} (id ${id}) to department ${values.department}.`);
      return;
    }
    case 'add-window': {
      const values = required(flags(rest, ['hall', 'number', 'label']), ['hall', 'number']);
      const { id } = await withDatabase(storage, (db) =>
        addWindow(db, { hallCode: values.hall!, number: values.number!, label: values.label }),
      );
      console.log(`Added window ${values.number} (id ${id}) to hall ${values.hall}.`);
      return;
    }
    case 'seed-demo': {
      flags(rest, []);
      const summary = await withDatabase(storage, (db) => seedDemo(db, new Date()));
      console.log(
        `Demo data: ${summary.departments} departments, ${summary.halls} halls, ${summary.windows} windows, ` +
          `${summary.staff} accounts, ${summary.items} catalog items added ` +
          `(existing ones left as they were). Demo password: ${demoPassword}`,
      );
      return;
    }
    case 'import-list': {
      const { values } = parseArgs({
        args: rest,
        options: {
          department: { type: 'string' },
          kind: { type: 'string' },
          file: { type: 'string' },
          title: { type: 'string' },
          'skip-rows': { type: 'string' },
          'dry-run': { type: 'boolean' },
        },
        strict: true,
      });
      const given = required(values as Record<string, string | undefined>, ['department', 'kind', 'file']);
      const skipRows = (values['skip-rows'] ?? '')
        .split(',')
        .filter((part) => part.trim() !== '')
        .map(Number);
      if (skipRows.some((row) => !Number.isInteger(row) || row < 1))
        throw new AdminError('--skip-rows takes spreadsheet row numbers separated by commas, e.g. 3,7.');
      process.exitCode = await importListCommand(
        {
          department: given.department!,
          kind: given.kind!,
          file: given.file!,
          title: values.title,
          skipRows,
          dryRun: values['dry-run'] === true,
        },
        async () => {
          const unlock = storage.databaseUrl ? noLock : await lockDataDir(storage.dataDir);
          const db = await openDatabase(storage).catch(async (error: unknown) => {
            await unlock();
            throw error;
          });
          return { db, close: () => db.close().finally(unlock) };
        },
        { out: (line) => console.log(line), err: (line) => console.error(line) },
        new Date(),
      );
      return;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return;
    default:
      throw new AdminError(`Unknown command "${command}".\n${usage}`);
  }
};

run(process.argv.slice(2)).catch((error: unknown) => {
  // Operators get the message; the stack only for a failure that is not one of their own mistakes.
  const known = error instanceof AdminError || (error instanceof Error && 'code' in error);
  console.error(known ? `Error: ${error.message}` : error);
  process.exitCode = 1;
});
