import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBase } from '../../shared/sync/contract';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { silentLogger } from '../log/logger';
import { createApp } from './app';

/** The desk's page lives on another origin (app:// in Electron, http://127.0.0.1:<port> in browser mode). */
const deskOrigin = 'http://127.0.0.1:41234';

describe('CORS for desks on another origin', () => {
  let testDb: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    testDb = await openTestDatabase('pglite');
    app = createApp({ db: testDb.db, now: () => new Date('2026-11-27T01:00:00Z'), logger: silentLogger() });
  });
  afterAll(() => testDb.drop());

  it('answers the preflight of a push with the bearer and JSON headers allowed', async () => {
    const response = await app.request(`${apiBase}/sync/push`, {
      method: 'OPTIONS',
      headers: {
        origin: deskOrigin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')?.split(',')).toEqual(
      expect.arrayContaining(['GET', 'POST']),
    );
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase().split(',');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    // No cookies are involved: credentials must never be allowed alongside "*".
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets the page read a successful answer', async () => {
    const response = await app.request(`${apiBase}/health`, { headers: { origin: deskOrigin } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('lets the page read error answers too, so a 401 means "sign in again" and not "server down"', async () => {
    const unauthorized = await app.request(`${apiBase}/sync/pull?since=0&limit=10`, {
      headers: { origin: deskOrigin, authorization: 'Bearer not-a-token' },
    });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('*');
    expect(await unauthorized.json()).toMatchObject({ error: 'unauthorized' });

    const badLogin = await app.request(`${apiBase}/auth/login`, {
      method: 'POST',
      headers: { origin: deskOrigin, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(badLogin.status).toBe(400);
    expect(badLogin.headers.get('access-control-allow-origin')).toBe('*');

    // Unknown paths need a session too (authentication by default).
    const missing = await app.request(`${apiBase}/nowhere`, { headers: { origin: deskOrigin } });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });
});
