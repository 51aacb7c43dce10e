import cluster from 'node:cluster';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { AdminError, addDepartment, addStaff, disableStaff } from './admin';
import { addHall, addWindow } from './adminHalls';
import { auditRetentionDays, formatAuditRecord, readAudit, recordAudit } from './audit/auditLog';
import { revokeSessions } from './auth/sessions';
import { admissionBoundsFromEnv } from './admissionSettings';
import { runPrimary, workerCount } from './cluster';
import { lockDataDir } from './dataDirLock';
import { defaultDataDir, openDatabase } from './db/open';
import type { Database } from './db/types';
import { demoPassword, seedDemo } from './seedDemo';
import { readTlsFiles } from './http/tls';
import { startServer } from './startServer';
import { importListCommand } from './certificates/importListCommand';
import { announceRowChanges, announceSessionChanges } from './live/hub';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkNewBackupFile, checkRestoreFile } from './backup/backupFile';
import { backupPglite, restorePglite } from './backup/pgliteBackup';
import { backupPostgres, restorePostgres } from './backup/postgresBackup';
import { rotateEpoch, type ServerEpoch } from './sync/epoch';
import { holdServersOff } from './db/serverLock';

/**
 * The operator's interface (ARCHITECTURE.md, "Server"): scripts depend on these commands, flags and
 * exit codes, so change them only compatibly.
 */
const usage = `Usage:
  npm run server [-- --workers N]          start the sync server (HOST, PORT, ONCEDESK_DATA, DATABASE_URL,
                                          TLS_CERT, TLS_KEY, LOG_LEVEL, AUDIT_RETENTION_DAYS,
                                          SYNC_CONCURRENCY, SYNC_QUEUE, SYNC_QUEUE_WAIT_MS, SYNC_MAX_LOOP_DELAY_MS)
  npm run server -- add-department --code C --name N [--bureau hrss|civilAffairs]
  npm run server -- add-staff --username U --password P --name N --role staff|leader|supervisor --department C
  npm run server -- disable-staff --username U   end their sessions and refuse their sign-ins
  npm run server -- add-hall --department C --code H --name N [--address A] [--level city|county|township]
  npm run server -- add-window --hall H --number N [--label L]
  npm run server -- seed-demo             demo departments, halls, windows, accounts and catalog (idempotent)
  npm run server -- import-list --department CODE|city --kind kept|dropped --file F [--title T] [--skip-rows 3,7] [--dry-run]
                                          a published certificate list (XLSX/CSV) as a new draft version
  npm run server -- audit --since 2026-11-01 [--until 2026-12-01] [--user U]   print the audit log
  npm run server -- revoke-sessions --user U   sign U out on every desk (their tokens stop working)
  npm run server -- backup FILE            a backup of the whole server (stop a PGlite server first)
  npm run server -- restore FILE           put a backup back (stop the server first); desks recover`;

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
      const result = await work(db);
      // Running servers' desks hear of rows a command wrote (seed-demo) at once, not at their next timer.
      await announceRowChanges(db);
      return result;
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

/** Checked before any process starts or any file is touched, so a mistake leaves nothing half-way. */
const serveSettings = (storage: Storage, args: string[]) => {
  const { workers } = flags(args, ['workers']);
  const tls = readTlsFiles(process.env.TLS_CERT || undefined, process.env.TLS_KEY || undefined, new Date());
  const retentionDays = auditRetentionDays(process.env.AUDIT_RETENTION_DAYS);
  const admission = admissionBoundsFromEnv(process.env);
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new AdminError(`PORT "${process.env.PORT}" is not a port.`);
  return {
    tls,
    retentionDays,
    admission,
    host,
    port,
    workers: workerCount(workers, Boolean(storage.databaseUrl)),
  };
};

const storageName = (storage: Storage) =>
  storage.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${storage.dataDir}`;

const serve = async (storage: Storage, args: string[]): Promise<void> => {
  const settings = serveSettings(storage, args);
  if (settings.workers > 1 && cluster.isPrimary) {
    // Migrate once, before the workers race to do it (they would wait on the advisory lock anyway).
    await withDatabase(storage, () => Promise.resolve());
    const scheme = settings.tls ? 'https' : 'http';
    await runPrimary(settings.workers, (address) =>
      console.log(
        `OnceDesk sync server on ${scheme}://${address}/api/v1, storage: ${storageName(storage)}, ` +
          `${settings.workers} workers`,
      ),
    );
    return;
  }
  const unlock = storage.databaseUrl ? noLock : await lockDataDir(storage.dataDir);
  const server = await startServer({
    host: settings.host,
    port: settings.port,
    tls: settings.tls,
    auditRetentionDays: settings.retentionDays,
    admission: settings.admission,
    ...storage,
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  if (cluster.isPrimary)
    console.log(`OnceDesk sync server on ${server.url}/api/v1, storage: ${storageName(storage)}`);
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

const dateFlag = (name: string, value: string | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new AdminError(`--${name} "${value}" is not a date (2026-11-01 or 2026-11-01T08:00:00+08:00).`);
  return date;
};

/** Operator commands are security events too: who ran what, with which flags (a password never). */
const auditCommand = (db: Database, command: string, values: Record<string, string | undefined>) =>
  recordAudit(
    db,
    {
      event: 'operator_command',
      username: values.username ?? values.user ?? null,
      detail: {
        command,
        flags: Object.fromEntries(Object.entries(values).filter(([name]) => name !== 'password')),
        osUser: userInfo().username,
      },
    },
    new Date(),
  );

/** Runs an operator command and records it in the audit log in the same session of the database. */
const operate = <T>(
  storage: Storage,
  command: string,
  values: Record<string, string | undefined>,
  work: (db: Database) => Promise<T>,
): Promise<T> =>
  withDatabase(storage, async (db) => {
    const result = await work(db);
    await auditCommand(db, command, values);
    return result;
  });

const printAudit = async (storage: Storage, args: string[]): Promise<void> => {
  const values = required(flags(args, ['since', 'until', 'user']), ['since']);
  // Reading the security log is itself recorded: who looked, for which span and user.
  const records = await operate(storage, 'audit', values, (db) =>
    readAudit(db, {
      since: dateFlag('since', values.since)!,
      until: dateFlag('until', values.until),
      user: values.user,
    }),
  );
  for (const record of records) console.log(formatAuditRecord(record));
  console.error(`${records.length} audit entries.`);
};

/** `backup FILE` or `backup --file FILE`. */
const fileArgument = (args: string[]): string => {
  const { values, positionals } = parseArgs({
    args,
    options: { file: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const files = [...positionals, ...(values.file ? [values.file] : [])];
  if (files.length !== 1) throw new AdminError(`Name exactly one backup file.\n${usage}`);
  return resolve(files[0]!);
};

const backup = async (storage: Storage, file: string): Promise<void> => {
  checkNewBackupFile(file);
  if (storage.databaseUrl) {
    await backupPostgres(storage.databaseUrl, file);
    await withDatabase(storage, (db) => auditCommand(db, 'backup', { file }));
  } else {
    const unlock = await lockDataDir(storage.dataDir);
    try {
      // Recorded first, so the backup holds the record of its own making.
      const db = await openDatabase(storage);
      await auditCommand(db, 'backup', { file }).finally(() => db.close());
      await backupPglite(storage.dataDir, file);
    } finally {
      await unlock();
    }
  }
  console.log(`Backup written to ${file} (${(statSync(file).size / 1_000_000).toFixed(1)} MB).`);
};

const restore = async (storage: Storage, file: string): Promise<void> => {
  checkRestoreFile(file);
  const now = new Date();
  let epoch: ServerEpoch;
  let previous = '';
  if (storage.databaseUrl) {
    // Refuses while any server process runs against this database (the restore drops their tables).
    const servers = await holdServersOff(storage.databaseUrl);
    try {
      await restorePostgres(storage.databaseUrl, file);
      // Migrates a backup of an older version, then starts the new epoch.
      epoch = await withDatabase(storage, async (db) => {
        const started = await rotateEpoch(db);
        await auditCommand(db, 'restore', { file, epoch: started.epoch });
        return started;
      });
    } finally {
      await servers.release();
    }
  } else {
    const unlock = await lockDataDir(storage.dataDir);
    try {
      ({ epoch, previous } = await restorePglite(storage.dataDir, file, now, (db, started) =>
        auditCommand(db, 'restore', { file, epoch: started.epoch }),
      ));
    } finally {
      await unlock();
    }
  }
  console.log(
    `Restored ${file}. New server epoch ${epoch.epoch} (versions from ${epoch.baseVersion}): desks that ` +
      'synced after the backup send again what it lacks.' +
      (previous ? ` The replaced files are kept in ${previous}.` : ''),
  );
};

const run = async (argv: string[]): Promise<void> => {
  const [command, ...rest] = argv;
  const storage = storageFromEnv();
  // `npm run server -- --workers 2`: flags without a command mean serve.
  if (command?.startsWith('--') && !['--help'].includes(command)) return serve(storage, argv);
  switch (command) {
    case undefined:
    case 'serve':
      return serve(storage, rest);
    case 'add-department': {
      const values = required(flags(rest, ['code', 'name', 'bureau']), ['code', 'name']);
      const { id } = await operate(storage, command, values, (db) =>
        addDepartment(db, { code: values.code!, name: values.name!, bureau: values.bureau as never }),
      );
      console.log(`Added department ${values.code} (id ${id}).`);
      return;
    }
    case 'add-staff': {
      const names = ['username', 'password', 'name', 'role', 'department'] as const;
      const values = required(flags(rest, names), names);
      const { id } = await operate(storage, command, values, (db) =>
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
      const { sessions } = await operate(storage, command, values, async (db) => {
        const disabled = await disableStaff(db, values.username!);
        // Running servers end this clerk's live-update streams now, not at their next check.
        await announceSessionChanges(db);
        await recordAudit(
          db,
          {
            event: 'token_revoked',
            username: values.username!,
            detail: { sessions: disabled.sessions, by: 'operator', disabled: true },
          },
          new Date(),
        );
        return disabled;
      });
      console.log(`Disabled ${values.username}: ${sessions} session(s) ended, sign-ins refused.`);
      return;
    }
    case 'add-hall': {
      const values = required(flags(rest, ['department', 'code', 'name', 'address', 'level']), [
        'department',
        'code',
        'name',
      ]);
      const { id } = await operate(storage, command, values, (db) =>
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
      const { id } = await operate(storage, command, values, (db) =>
        addWindow(db, { hallCode: values.hall!, number: values.number!, label: values.label }),
      );
      console.log(`Added window ${values.number} (id ${id}) to hall ${values.hall}.`);
      return;
    }
    case 'seed-demo': {
      const summary = await operate(storage, command, flags(rest, []), (db) => seedDemo(db, new Date()));
      console.log(
        `Demo data: ${summary.departments} departments, ${summary.halls} halls, ${summary.windows} windows, ` +
          `${summary.staff} accounts, ${summary.items} catalog items, ${summary.bottlenecks} bottleneck notes ` +
          `of the last week added ` +
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
          return {
            db,
            // Only a real import opens the database (a dry run or a file with errors stores nothing).
            close: () =>
              auditCommand(db, 'import-list', {
                department: given.department,
                kind: given.kind,
                file: resolve(given.file!),
                title: values.title,
                'skip-rows': values['skip-rows'],
              })
                .catch((error: unknown) =>
                  console.error(`Warning: the audit log did not record this import: ${String(error)}`),
                )
                .then(() => announceRowChanges(db))
                .catch(() => undefined)
                .then(() => db.close())
                .finally(unlock),
          };
        },
        { out: (line) => console.log(line), err: (line) => console.error(line) },
        new Date(),
      );
      return;
    }
    case 'audit':
      return printAudit(storage, rest);
    case 'backup':
      return backup(storage, fileArgument(rest));
    case 'restore':
      return restore(storage, fileArgument(rest));
    case 'revoke-sessions': {
      const values = required(flags(rest, ['user']), ['user']);
      const revoked = await operate(storage, command, values, async (db) => {
        const count = await revokeSessions(db, values.user!);
        await announceSessionChanges(db);
        await recordAudit(
          db,
          { event: 'token_revoked', username: values.user!, detail: { sessions: count, by: 'operator' } },
          new Date(),
        );
        return count;
      });
      console.log(`Revoked ${revoked} session(s) of ${values.user}.`);
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
