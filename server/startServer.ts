import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { deleteExpiredSessions } from './auth/sessions';
import { openDatabase } from './db/open';
import type { Database } from './db/types';
import type { HashingBounds } from './auth/hashingSlots';
import { createLoginLimiter } from './auth/loginLimits';
import { createApp } from './http/app';
import type { SecurityEvents } from './security/events';

export type StartOptions = {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** PostgreSQL; without it the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Default `./data/server`; `memory://` for a throw-away database. */
  dataDir?: string;
  /** An already open database (tests that seed it first); it is not closed by `close()`. */
  database?: Database;
  now?: () => Date;
  log?: (message: string, error?: unknown) => void;
  securityEvents?: SecurityEvents;
  /** Bounds on concurrent password hashing (tests make them tiny). */
  passwordHashing?: HashingBounds;
};

export type RunningServer = {
  /** e.g. `http://127.0.0.1:8787` — the API is under `${url}/api/v1`. */
  url: string;
  database: Database;
  /** The hourly housekeeping, run now: expired sessions and spent login counts. */
  purgeExpired(): Promise<void>;
  close(): Promise<void>;
};

const hourMs = 60 * 60 * 1000;

export const startServer = async (options: StartOptions): Promise<RunningServer> => {
  const database =
    options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const loginLimiter = createLoginLimiter(database);
  const app = createApp({
    db: database,
    now,
    log,
    loginLimiter,
    ...(options.securityEvents ? { securityEvents: options.securityEvents } : {}),
    ...(options.passwordHashing ? { passwordHashing: options.passwordHashing } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () =>
      resolve(instance),
    );
    instance.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const purgeExpired = async () => {
    await deleteExpiredSessions(database, now());
    await loginLimiter.purge();
  };
  const sweeper = setInterval(() => {
    purgeExpired().catch((error: unknown) => log('housekeeping failed:', error));
  }, hourMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    database,
    purgeExpired,
    close: () =>
      (closing ??= (async () => {
        clearInterval(sweeper);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open until they time out.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        if (!options.database) await database.close();
      })()),
  };
};
