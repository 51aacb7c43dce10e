import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { apiBase, maxPushBytes, schemaVersion } from '../../shared/sync/contract';
import { createHashingSlots, type HashingBounds } from '../auth/hashingSlots';
import { login, type LoginGuards } from '../auth/login';
import { createLoginLimiter, type LoginLimiter } from '../auth/loginLimits';
import { findSession, revokeSession, type Session } from '../auth/sessions';
import { DatabaseBusyError } from '../db/pg';
import type { Database } from '../db/types';
import { pull, parsePullQuery } from '../sync/pull';
import { push } from '../sync/push';
import { resolveScope } from '../sync/pullScope';
import { lookupCases } from '../sync/lookup';
import { readEpoch } from '../sync/epoch';
import { serverVersion } from '../version';
import { readJsonBody } from './body';
import { apiCors } from './cors';
import { ignoreSecurityEvents, type SecurityEvents } from '../security/events';
import { errorBody, HttpError } from './errors';
import { organizationOf } from './org';
import { hasUnstorableText } from './storableText';

export type AppDeps = {
  db: Database;
  /** Injected so tests can move time (token expiry, login lockout) without waiting. */
  now: () => Date;
  log?: (message: string, error?: unknown) => void;
  /** Where refusals and lock-outs are reported (an audit log hooks in here). */
  securityEvents?: SecurityEvents;
  /** Shared with the server's housekeeping (purge); one is made over `db` when absent. */
  loginLimiter?: LoginLimiter;
  passwordHashing?: HashingBounds;
};

type Env = { Variables: { session: Session; token: string } };

const routes: Record<string, string[]> = {
  '/health': ['GET'],
  '/auth/login': ['POST'],
  '/auth/logout': ['POST'],
  '/sync/push': ['POST'],
  '/sync/pull': ['GET'],
  '/sync/lookup': ['GET'],
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

const bearerToken = (header: string | undefined): string | undefined => {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header ?? '');
  return match?.[1];
};

export const createApp = (deps: AppDeps): Hono<Env> => {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const securityEvents = deps.securityEvents ?? ignoreSecurityEvents;
  const loginGuards: LoginGuards = {
    limiter: deps.loginLimiter ?? createLoginLimiter(deps.db),
    hashing: createHashingSlots(deps.passwordHashing),
    events: securityEvents,
  };
  const api = new Hono<Env>();

  // First, so no handler registered below can run without a session unless the route is public.
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
      log('health: the database does not answer:', error);
      throw new HttpError(503, 'unavailable', 'The server cannot reach its database.', {}, busyRetry);
    }
    return c.json({ ok: true as const, serverVersion, schemaVersion, epoch });
  });

  api.post('/auth/login', async (c) => {
    const body = await readJsonBody(c.req.raw, maxPushBytes);
    if (hasUnstorableText(body)) throw new HttpError(400, 'invalid_request', 'The request has invalid text.');
    return c.json(await login(deps.db, body, clientAddress(c), deps.now(), loginGuards));
  });

  api.post('/auth/logout', async (c) => {
    await revokeSession(deps.db, c.get('token'));
    const { staffId, deviceId } = c.get('session');
    securityEvents({ kind: 'signed_out', staffId, deviceId });
    return c.json({ ok: true as const });
  });

  api.post('/sync/push', async (c) => {
    const body = await readJsonBody(c.req.raw, maxPushBytes, 'cut');
    return c.json(await push(deps.db, c.get('session'), body, deps.now()));
  });

  api.get('/sync/pull', async (c) => {
    const { since, limit, clientId, scope, epoch } = parsePullQuery(c.req.query());
    const session = c.get('session');
    const resolved =
      scope === undefined ? undefined : await resolveScope(deps.db, session, scope, deps.now());
    return c.json(await pull(deps.db, session, since, limit, clientId, resolved, epoch));
  });

  api.get('/sync/lookup', async (c) => c.json(await lookupCases(deps.db, c.get('session'), c.req.query())));

  api.get('/org', async (c) => c.json(await organizationOf(deps.db, c.get('session').departmentId)));

  for (const [path, methods] of Object.entries(routes)) {
    api.all(path, (c) => {
      c.header('Allow', methods.join(', '));
      return c.json({ error: 'method_not_allowed', message: `Use ${methods.join(', ')} for ${path}.` }, 405);
    });
  }

  const onError = (error: Error, c: Context) => {
    if (error instanceof DatabaseBusyError) {
      for (const [name, value] of Object.entries(busyRetry)) c.header(name, value);
      return c.json({ error: 'busy', message: 'The server is busy; try again shortly.' }, 503);
    }
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(errorBody(error), error.status);
    }
    log(`internal error on ${c.req.method} ${c.req.path}:`, error);
    return c.json({ error: 'internal', message: 'The server failed; try again later.' }, 500);
  };
  const notFound = (c: Context) => c.json({ error: 'not_found', message: 'No such endpoint.' }, 404);
  api.onError(onError);
  api.notFound(notFound);

  const app = new Hono<Env>();
  // Before the routes, so a preflight OPTIONS is answered here and never reaches the 405 handlers.
  app.use('*', apiCors());
  app.route(apiBase, api);
  app.onError(onError);
  app.notFound(notFound);
  return app;
};
