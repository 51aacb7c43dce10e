import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, healthResponseSchema, loginResponseSchema } from '../../shared/sync/contract';
import { demoPassword } from '../../server/seedDemo';
import { sessionLifetimeMs } from '../../server/auth/sessions';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { call, login, postJson, pull } from './serverClient';

describe.each(testBackends())('server HTTP contract on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  const expectError = (reply: { status: number; body: unknown }, status: number, error?: string) => {
    expect(reply.status).toBe(status);
    const body = errorBodySchema.parse(reply.body);
    if (error) expect(body.error).toBe(error);
    return body;
  };

  it('answers health', async () => {
    const reply = await call(`${server.api}/health`);
    expect(reply.status).toBe(200);
    expect(healthResponseSchema.parse(reply.body)).toMatchObject({ ok: true, schemaVersion: 1 });
  });

  it('logs a demo account in and returns its staff record', async () => {
    const reply = await postJson(`${server.api}/auth/login`, {
      username: 'rs-chief',
      password: demoPassword,
      deviceId: 'desk-1',
    });
    expect(reply.status).toBe(200);
    const body = loginResponseSchema.parse(reply.body);
    expect(body.staff).toEqual({
      id: 'staff-JN-RS-006',
      name: '赵建国',
      roles: ['supervisor'],
      departmentId: 'dept-JN-RS',
    });
    expect(Date.parse(body.expiresAt)).toBe(server.clock.now().getTime() + sessionLifetimeMs);
  });

  it('gives the same 401 for an unknown user and a wrong password', async () => {
    const unknown = await postJson(`${server.api}/auth/login`, {
      username: 'nobody',
      password: 'x',
      deviceId: 'd',
    });
    const wrong = await postJson(`${server.api}/auth/login`, {
      username: 'mz-staff',
      password: 'x',
      deviceId: 'd',
    });
    expect(expectError(unknown, 401, 'invalid_credentials')).toEqual(
      expectError(wrong, 401, 'invalid_credentials'),
    );
  });

  it('refuses malformed login bodies with 400, a wrong media type with 415', async () => {
    expectError(await postJson(`${server.api}/auth/login`, '{"username":'), 400, 'bad_json');
    expectError(await postJson(`${server.api}/auth/login`, { username: 'rs-staff' }), 400, 'invalid_request');
    expectError(await postJson(`${server.api}/auth/login`, [1, 2]), 400);
    expectError(
      await call(`${server.api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      }),
      415,
      'unsupported_media_type',
    );
  });

  it('needs a valid, unexpired bearer token for sync endpoints', async () => {
    expectError(await call(`${server.api}/sync/pull`), 401, 'unauthorized');
    expectError(await pull(server.api, 'not-a-real-token'), 401, 'unauthorized');
    expectError(await call(`${server.api}/sync/pull`, { headers: { authorization: 'Basic abc' } }), 401);
    const token = await login(server.api, 'rs-staff');
    expect((await pull(server.api, token)).status).toBe(200);
    server.clock.advance(sessionLifetimeMs - 1000);
    expect((await pull(server.api, token)).status).toBe(200);
    server.clock.advance(2000);
    // The same token replayed after it expired.
    expectError(await pull(server.api, token), 401, 'unauthorized');
  });

  it('answers unknown paths with 404 and wrong methods with 405, as JSON, once signed in', async () => {
    const headers = { authorization: `Bearer ${await login(server.api, 'rs-staff')}` };
    expectError(await call(`${server.api}/nothing`, { headers }), 404, 'not_found');
    expectError(await call(`${server.url}/`), 404, 'not_found');
    expectError(await call(`${server.api}/sync/unknown`, { headers }), 404, 'not_found');
    const wrong = await call(`${server.api}/sync/push`, { headers });
    expectError(wrong, 405, 'method_not_allowed');
    expectError(await call(`${server.api}/health`, { method: 'DELETE', headers }), 405);
    expectError(await call(`${server.api}/auth/login`, { headers }), 405);
  });

  it('authenticates every method and path but health, login and CORS preflights', async () => {
    // HEAD is GET to the router: these reached their handlers without a session and answered 500.
    expect((await call(`${server.api}/sync/pull`, { method: 'HEAD' })).status).toBe(401);
    expect((await call(`${server.api}/org`, { method: 'HEAD' })).status).toBe(401);
    expectError(await call(`${server.api}/nothing`), 401, 'unauthorized');
    expectError(await call(`${server.api}/health`, { method: 'DELETE' }), 401, 'unauthorized');
    expectError(await call(`${server.api}/sync/push`, { method: 'PUT' }), 401, 'unauthorized');
    expect((await call(`${server.api}/health`, { method: 'HEAD' })).status).toBe(200);
    expect((await call(`${server.api}/sync/pull`, { method: 'OPTIONS' })).status).toBe(204);
    const headers = { authorization: `Bearer ${await login(server.api, 'rs-staff')}` };
    expect((await call(`${server.api}/sync/pull`, { method: 'HEAD', headers })).status).toBe(200);
  });

  it('refuses a bad pull query with 400', async () => {
    const token = await login(server.api, 'rs-staff');
    const get = (query: string) =>
      call(`${server.api}/sync/pull?${query}`, { headers: { authorization: `Bearer ${token}` } });
    expectError(await get('since=-1'), 400, 'invalid_request');
    expectError(await get('since=abc'), 400);
    expectError(await get('limit=0'), 400);
    expectError(await get('limit=1001'), 400);
    expectError(await get('since=1.5'), 400);
    expect((await get('since=0&limit=1000')).status).toBe(200);
  });

  it('refuses a 10 MB body with 413 before parsing it, with or without Content-Length', async () => {
    const token = await login(server.api, 'rs-staff');
    const big = `{"clientId":"${'a'.repeat(10 * 1024 * 1024)}"}`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    expectError(
      await call(`${server.api}/sync/push`, { method: 'POST', headers, body: big }),
      413,
      'payload_too_large',
    );
    // A streamed body has no Content-Length: the bytes are counted as they arrive.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
        for (let i = 0; i < 160; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await call(`${server.api}/sync/push`, {
      method: 'POST',
      headers,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectError(streamed, 413, 'payload_too_large');
    expectError(await call(`${server.api}/auth/login`, { method: 'POST', headers, body: big }), 413);
  });
});
