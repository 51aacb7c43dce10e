import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { apiBase, maxPushBytes, schemaVersion } from '../../shared/sync/contract';
import { createHashingSlots, type HashingBounds } from '../auth/hashingSlots';
import { login, type LoginGuards } from '../auth/login';
import { createLoginLimiter, type LoginLimiter } from '../auth/loginLimits';
import { recordAudit, type AuditEntry } from '../audit/auditLog';
import { auditRequests, type AuditRequest } from '../audit/auditSink';
import { findSession, hashToken, revokeSession, type Session } from '../auth/sessions';
import { DatabaseBusyError } from '../db/pg';
import type { Database } from '../db/types';
import { pull, parsePinned, parsePullQuery } from '../sync/pull';
import { push } from '../sync/push';
import { resolveScope } from '../sync/pullScope';
import { lookupCases } from '../sync/lookup';
import { readEpoch } from '../sync/epoch';
import type { Logger } from '../log/logger';
import type { LiveHub } from '../live/hub';
import { openEventStream, type StreamTiming } from '../live/eventStream';
import { checkClientDevice } from '../sync/pullConflicts';
import { parseScopeParams } from '../sync/pullScope';
import { serverVersion } from '../version';
import { createAdmissionGate, defaultAdmissionBounds, type AdmissionGate } from './admission';
import { discardBody, readJsonBody, requestBody, type RequestBody } from './body';
import { apiCors } from './cors';
import { ignoreSecurityEvents, type SecurityEvents } from '../security/events';
import { errorBody, HttpError } from './errors';
import { organizationOf } from './org';
import { hasUnstorableText } from './storableText';

export type AppDeps = {
  db: Database;
  /** Injected so tests can move time (token expiry, login lockout) without waiting. */
  now: () => Date;
  logger: Logger;
  /** Where refusals and lock-outs are reported (an audit log hooks in here). */
  securityEvents?: SecurityEvents;
  /** Shared with the server's housekeeping (purge); one is made over `db` when absent. */
  loginLimiter?: LoginLimiter;
  passwordHashing?: HashingBounds;
  /** Live updates (GET /sync/events); without it the stream answers 503 and desks sync by timer. */
  live?: LiveHub;
  streamTiming?: StreamTiming;
  /** Admission control of the sync routes (startServer's watches the event loop); a plain one when absent. */
  admission?: AdmissionGate;
};

type Env = {
  Variables: { session: Session; token: string; requestId: string; log: Logger; loginName: string };
};

const routes: Record<string, string[]> = {
  '/health': ['GET'],
  '/auth/login': ['POST'],
  '/auth/logout': ['POST'],
  '/sync/push': ['POST'],
  '/sync/pull': ['GET'],
  '/sync/lookup': ['GET'],
  '/sync/events': ['GET'],
  '/org': ['GET'],
};

/**
 * The only requests answered without a session. Everything else — any other method on these paths, an
 * unknown path, a method no route knows (HEAD is GET to Hono, so a listed-routes-only check let
 * `HEAD /sync/pull` reach its handler without a session) — needs a valid token first. CORS preflights
 * (OPTIONS) never get here: the CORS middleware answers them before the API.
 */
const publicRoutes: readonly (readonly [method: string, path: string])[] = [
  ['GET', '/health'],
  ['HEAD', '/health'],
  ['POST', '/auth/login'],
];

const isPublic = (method: string, path: string): boolean =>
  publicRoutes.some(([m, p]) => m === method && p === path);

/**
 * The routes a reconnect storm floods, admitted through the gate (server/http/admission.ts) before the
 * session check or the body. Health, login (hashingSlots) and streams (the live hub) have their own bounds.
 */
const admittedRoutes = new Set(['POST /sync/push', 'GET /sync/pull', 'HEAD /sync/pull', 'GET /sync/lookup']);

/** Desks add jitter to this, so a hall's desks do not all come back in the same second. */
const busyRetry = { 'Retry-After': '2' };

const clientAddress = (c: Context<Env>): string => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not running under @hono/node-server (app.request in tests): there is no socket.
    return 'unknown';
  }
};

/** Node's request under @hono/node-server; `app.request` in tests has none. */
const bodyOf = (c: Context<Env>): RequestBody =>
  requestBody(c.req.raw, (c.env as Partial<HttpBindings> | undefined)?.incoming);

const bearerToken = (header: string | undefined): string | undefined => {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header ?? '');
  return match?.[1];
};

/** A proxy's id (nginx `$request_id`) is kept so its access log and ours can be joined; anything odd is replaced. */
const incomingRequestId = (header: string | undefined): string | undefined =>
  header && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : undefined;

/** Refusals the audit log keeps (401/403/429) when no check reported a more specific event. */
const refusalEvent = (path: string, status: number): AuditEntry['event'] | undefined => {
  if (path === `${apiBase}/auth/login`) {
    if (status === 401) return 'login_failed';
    if (status === 429) return 'login_locked';
  }
  if (path === `${apiBase}/sync/events` && (status === 429 || status === 503)) return 'stream_refused';
  return status === 401 || status === 403 || status === 429 ? 'request_refused' : undefined;
};

const auditedRejections = new Set(['forbidden', 'wrong_department']);

export const createApp = (deps: AppDeps): Hono<Env> => {
  const { logger } = deps;
  const securityEvents = deps.securityEvents ?? ignoreSecurityEvents;
  const loginGuards: LoginGuards = {
    limiter: deps.loginLimiter ?? createLoginLimiter(deps.db),
    hashing: createHashingSlots(deps.passwordHashing),
    events: securityEvents,
  };
  const admission =
    deps.admission ??
    createAdmissionGate(defaultAdmissionBounds, {
      now: () => performance.now(),
      after: (ms, run) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
      loopDelayMs: () => 0,
    });
  const api = new Hono<Env>();

  /** Audit writes never fail the request they describe; a failed one is logged loudly instead. */
  const audit = async (c: Context<Env>, entry: AuditEntry) => {
    try {
      await recordAudit(
        deps.db,
        { ip: clientAddress(c), requestId: c.get('requestId'), ...entry },
        deps.now(),
      );
    } catch (error) {
      c.get('log').error({ err: error, event: entry.event }, 'audit write failed');
    }
  };

  // Before the session check, which already needs a pooled connection: a refusal here costs nothing but
  // reading (and dropping) the body, so the client gets its 503 instead of a reset connection.
  api.use('*', async (c: Context<Env>, next) => {
    if (!admittedRoutes.has(`${c.req.method} ${c.req.path.slice(apiBase.length)}`)) return next();
    let release: () => void;
    try {
      release = await admission.enter(c.req.raw.signal);
    } catch (error) {
      await discardBody(bodyOf(c), maxPushBytes);
      throw error;
    }
    try {
      await next();
    } finally {
      release();
    }
  });

  // First of the checks, so no handler registered below can run without a session unless the route is public.
  api.use('*', async (c: Context<Env>, next) => {
    if (isPublic(c.req.method, c.req.path.slice(apiBase.length))) return next();
    const token = bearerToken(c.req.header('authorization'));
    const session = token ? await findSession(deps.db, token, deps.now()) : undefined;
    if (!session) {
      securityEvents({
        kind: 'unauthenticated',
        method: c.req.method,
        path: c.req.path,
        address: clientAddress(c),
      });
      throw new HttpError(401, 'unauthorized', 'Log in again: the token is missing, invalid or expired.');
    }
    c.set('session', session);
    c.set('token', token as string);
    return next();
  });

  // Says whether the database answers, not only the process: a load balancer or desk probing it must not
  // hear "ok" from a server whose every request would fail or queue.
  api.get('/health', async (c) => {
    let epoch: string;
    try {
      ({ epoch } = await readEpoch(deps.db));
    } catch (error) {
      c.get('log').error({ err: error }, 'health: the database does not answer');
      throw new HttpError(503, 'unavailable', 'The server cannot reach its database.', {}, busyRetry);
    }
    return c.json({ ok: true as const, serverVersion, schemaVersion, epoch });
  });

  api.post('/auth/login', async (c) => {
    const body = await readJsonBody(bodyOf(c), maxPushBytes);
    if (hasUnstorableText(body)) throw new HttpError(400, 'invalid_request', 'The request has invalid text.');
    const username = (body as { username?: unknown } | null)?.username;
    if (typeof username === 'string') c.set('loginName', username.slice(0, 80));
    const answer = await login(deps.db, body, clientAddress(c), deps.now(), loginGuards);
    // Reported here unless the login check reported it itself.
    if (!auditRequests.getStore()?.recorded.has('login_succeeded')) {
      const deviceId = (body as { deviceId?: unknown }).deviceId;
      securityEvents({
        kind: 'login_succeeded',
        username: c.get('loginName'),
        staffId: answer.staff.id,
        deviceId: typeof deviceId === 'string' ? deviceId.slice(0, 80) : '',
        address: clientAddress(c),
      });
    }
    return c.json(answer);
  });

  api.post('/auth/logout', async (c) => {
    await revokeSession(deps.db, c.get('token'));
    // A stream opened with this token ends now, here or on another process.
    deps.live?.sessionsChanged();
    const { staffId, deviceId } = c.get('session');
    securityEvents({ kind: 'signed_out', staffId, deviceId });
    return c.json({ ok: true as const });
  });

  api.post('/sync/push', async (c) => {
    const body = await readJsonBody(bodyOf(c), maxPushBytes, 'cut');
    const answer = await push(deps.db, c.get('session'), body, deps.now());
    // An applied result may be an unchanged row; a needless check reads nothing new and pokes nobody.
    if (answer.results.some((result) => result.status === 'applied')) deps.live?.changed();
    const refused = answer.results.filter(
      (result) => result.status === 'rejected' && auditedRejections.has(result.reason ?? ''),
    );
    if (refused.length > 0) {
      await audit(c, {
        event: 'mutation_refused',
        staffId: c.get('session').staffId,
        detail: {
          reasons: [...new Set(refused.map((result) => result.reason))],
          seqs: refused.map((result) => result.seq).slice(0, 50),
          count: refused.length,
        },
      });
    }
    return c.json(answer);
  });

  api.get('/sync/pull', async (c) => {
    const { since, limit, clientId, scope, epoch, heldSince, pinned } = parsePullQuery(c.req.query());
    const session = c.get('session');
    const resolved =
      scope === undefined ? undefined : await resolveScope(deps.db, session, scope, deps.now());
    return c.json(await pull(deps.db, session, since, limit, clientId, resolved, epoch, heldSince, pinned));
  });

  api.get('/sync/events', async (c) => {
    const { live } = deps;
    if (!live)
      throw new HttpError(503, 'unavailable', 'Live updates are off here; sync by timer.', {}, busyRetry);
    const { clientId, hallId, reach, windowDays, pinned } = c.req.query();
    if (
      clientId !== undefined &&
      (clientId.length < 1 || clientId.length > 80 || hasUnstorableText(clientId))
    )
      throw new HttpError(400, 'invalid_request', 'clientId must be 1–80 characters.');
    const session = c.get('session');
    const scope = parseScopeParams({ hallId, reach, windowDays });
    const resolved =
      scope === undefined ? undefined : await resolveScope(deps.db, session, scope, deps.now());
    const pins = scope === undefined ? undefined : parsePinned(pinned);
    if (clientId !== undefined) await checkClientDevice(deps.db, clientId, session.deviceId);
    return openEventStream(
      live,
      {
        staffId: session.staffId,
        tokenHash: hashToken(c.get('token')),
        roles: session.roles,
        departmentId: session.departmentId,
        ...(clientId === undefined ? {} : { clientId }),
        ...(resolved === undefined ? {} : { scope: resolved }),
        ...(pins === undefined ? {} : { pinned: new Set(pins) }),
      },
      c.req.raw.signal,
      deps.streamTiming,
    );
  });

  api.get('/sync/lookup', async (c) => c.json(await lookupCases(deps.db, c.get('session'), c.req.query())));

  api.get('/org', async (c) => c.json(await organizationOf(deps.db, c.get('session').departmentId)));

  for (const [path, methods] of Object.entries(routes)) {
    api.all(path, (c) => {
      c.header('Allow', methods.join(', '));
      return c.json({ error: 'method_not_allowed', message: `Use ${methods.join(', ')} for ${path}.` }, 405);
    });
  }

  const onError = async (error: Error, c: Context<Env>) => {
    if (error instanceof DatabaseBusyError) {
      for (const [name, value] of Object.entries(busyRetry)) c.header(name, value);
      return c.json({ error: 'busy', message: 'The server is busy; try again shortly.' }, 503);
    }
    if (error instanceof HttpError) {
      const event = refusalEvent(c.req.path, error.status);
      const request = auditRequests.getStore();
      // A check that reported its own security event (a 401 at the session check, a login failure) has
      // been recorded already; anything else refused is recorded here, by status and code.
      if (event && request && request.recorded.size === 0) {
        request.recorded.add('refusal');
        const session = c.get('session') as Session | undefined;
        await audit(c, {
          event,
          staffId: session?.staffId ?? null,
          username: c.get('loginName') ?? null,
          detail: { method: c.req.method, path: c.req.path, status: error.status, code: error.code },
        });
      }
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(errorBody(error), error.status);
    }
    c.get('log').error({ err: error, method: c.req.method, path: c.req.path }, 'internal error');
    return c.json({ error: 'internal', message: 'The server failed; try again later.' }, 500);
  };
  const notFound = (c: Context) => c.json({ error: 'not_found', message: 'No such endpoint.' }, 404);
  api.onError(onError);
  api.notFound(notFound);

  const app = new Hono<Env>();
  // First of all, so every line logged for this request — ours and the handlers' — carries its id.
  app.use('*', async (c, next) => {
    const requestId = incomingRequestId(c.req.header('x-request-id')) ?? randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    const ip = clientAddress(c as Context<Env>);
    const request: AuditRequest = { requestId, ip, recorded: new Set(), writes: [] };
    await auditRequests.run(request, next);
    await Promise.all(request.writes);
    c.header('X-Request-Id', requestId);
    const session = c.get('session') as Session | undefined;
    // The path only: a query string is the client's and could one day carry something secret.
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        staffId: session?.staffId,
        ip,
      },
      'request',
    );
  });
  // Before the routes, so a preflight OPTIONS is answered here and never reaches the 405 handlers.
  app.use('*', apiCors());
  app.route(apiBase, api);
  app.onError(onError);
  app.notFound(notFound);
  return app;
};
