import { cors } from 'hono/cors';
import type { MiddlewareHandler } from 'hono';

/**
 * Desks call the API from another origin: `app://` in Electron, `http://127.0.0.1:<port>` in browser
 * mode. Any origin may call it, because no cookie or ambient credential is involved — every request
 * but health and login carries a bearer token the page itself holds — so allowing `*` grants a foreign
 * page nothing it could not do with a plain HTTP client. Errors (401, 413, 429…) carry the headers too,
 * or the browser would hide them and the desk would read "server down" instead of "sign in again".
 */
export const apiCors = (): MiddlewareHandler =>
  cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
    // Saves a preflight per push/pull on a busy desk (Chromium caps this at 2 hours).
    maxAge: 600,
  });
