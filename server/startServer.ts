import type { Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { auditRetentionDays, purgeAudit } from './audit/auditLog';
import { auditSecurityEvents } from './audit/auditSink';
import { deleteExpiredSessions } from './auth/sessions';
import { openDatabase } from './db/open';
import type { Database } from './db/types';
import type { HashingBounds } from './auth/hashingSlots';
import { createLoginLimiter } from './auth/loginLimits';
import {
  createAdmissionGate,
  defaultAdmissionBounds,
  type AdmissionBounds,
  type AdmissionGate,
} from './http/admission';
import { systemAdmissionClock } from './http/admissionClock';
import { createApp } from './http/app';
import type { TlsFiles } from './http/tls';
import { createLogger, type Logger } from './log/logger';
import { createLiveHub, defaultSessionRecheck, type LiveHub, type LiveLimits } from './live/hub';
import type { StreamTiming } from './live/eventStream';
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
  /** Structured log (pino); default JSON lines on stdout at `LOG_LEVEL`. */
  logger?: Logger;
  /** Also told of every security event (the audit log always is). */
  securityEvents?: SecurityEvents;
  /** Bounds on concurrent password hashing (tests make them tiny). */
  passwordHashing?: HashingBounds;
  /** Serve HTTPS with this certificate and key (already checked to match: `readTlsFiles`). */
  tls?: TlsFiles;
  /** Days of audit log kept; default and floor 180 (`AUDIT_RETENTION_DAYS`). */
  auditRetentionDays?: number;
  /** Live-update stream limits and timing (tests make them small). */
  liveLimits?: LiveLimits;
  streamTiming?: StreamTiming;
  /** How often open streams' sessions are checked again besides on notice (default 60 s). */
  streamRecheckMs?: number;
  /** Admission bounds of the sync routes (server/http/admission.ts); tests make them tiny. */
  admission?: Partial<AdmissionBounds>;
};

export type RunningServer = {
  /** e.g. `http://127.0.0.1:8787` — the API is under `${url}/api/v1`. */
  url: string;
  database: Database;
  /** Open live-update streams and the change check (tests). */
  live: LiveHub;
  /** The sync routes' admission gate (tests read how many run and wait). */
  admission: AdmissionGate;
  /** The hourly housekeeping, run now: expired sessions, spent login counts, audit past retention. */
  purgeExpired(): Promise<void>;
  close(): Promise<void>;
};

const hourMs = 60 * 60 * 1000;
const keepAliveMs = 65_000;

export const startServer = async (options: StartOptions): Promise<RunningServer> => {
  const retentionDays = options.auditRetentionDays ?? auditRetentionDays(undefined);
  const database =
    options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? createLogger();
  const loginLimiter = createLoginLimiter(database);
  const audit = auditSecurityEvents(database, now, logger);
  const alsoTold = options.securityEvents;
  const live = await createLiveHub(database, logger, options.liveLimits, {
    now,
    recheckMs: options.streamRecheckMs ?? defaultSessionRecheck.recheckMs,
  });
  const admissionClock = systemAdmissionClock();
  const admission = createAdmissionGate(
    { ...defaultAdmissionBounds, ...options.admission },
    admissionClock.clock,
  );
  const app = createApp({
    live,
    admission,
    ...(options.streamTiming ? { streamTiming: options.streamTiming } : {}),
    db: database,
    now,
    logger,
    loginLimiter,
    securityEvents: alsoTold
      ? (event) => {
          audit(event);
          alsoTold(event);
        }
      : audit,
    ...(options.passwordHashing ? { passwordHashing: options.passwordHashing } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve(
      {
        fetch: app.fetch,
        hostname: options.host,
        port: options.port,
        ...(options.tls
          ? {
              createServer: createHttpsServer,
              serverOptions: { cert: options.tls.cert, key: options.tls.key },
            }
          : {}),
      },
      () => resolve(instance),
    );
    instance.once('error', reject);
  }).catch(async (error: unknown) => {
    admissionClock.stop();
    await live.close();
    if (!options.database) await database.close();
    throw error;
  });
  // Idle keep-alive connections stay open longer than a desk waits between requests (Retry-After up to
  // 30 s plus half again): with Node's 5 s the server closed sockets just as desks reused them after a
  // 503, and the desk saw a reset (ECONNRESET, UND_ERR_SOCKET) instead of an answer.
  (server as HttpServer).keepAliveTimeout = keepAliveMs;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const purgeExpired = async () => {
    await deleteExpiredSessions(database, now());
    await loginLimiter.purge();
    await purgeAudit(database, retentionDays, now());
  };
  const sweeper = setInterval(() => {
    purgeExpired().catch((error: unknown) => logger.error({ err: error }, 'housekeeping failed'));
  }, hourMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${address.port}`,
    database,
    live,
    admission,
    purgeExpired,
    close: () =>
      (closing ??= (async () => {
        clearInterval(sweeper);
        admissionClock.stop();
        // Ends every stream first, so server.close() is not held open by them.
        await live.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open until they time out.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        if (!options.database) await database.close();
      })()),
  };
};
