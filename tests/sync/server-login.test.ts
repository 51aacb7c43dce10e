import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoPassword } from '../../server/seedDemo';
import { startServer, type RunningServer } from '../../server/startServer';
import { openTestDatabase, testBackends, type TestDatabase } from '../../server/testing/testDatabase';
import { seedDemo } from '../../server/seedDemo';
import { call, postJson } from './serverClient';
import { silentLogger } from '../../server/log/logger';

/**
 * The login limiter and the bound on password hashing, against a real server. The limiter counts in
 * the database with wall-clock time (rate-limiter-flexible), so these tests move `Date` itself.
 */
describe.each(testBackends())('login limits on %s', (backend) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let api: string;
  beforeAll(async () => {
    testDb = await openTestDatabase(backend);
    await seedDemo(testDb.db, new Date());
    server = await startServer({ host: '127.0.0.1', port: 0, database: testDb.db, logger: silentLogger() });
    api = `${server.url}/api/v1`;
  });
  afterAll(async () => {
    await server.close();
    await testDb.drop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const attempt = (username: string, password: string) =>
    postJson(`${api}/auth/login`, { username, password, deviceId: `desk-${username}` });
  const statuses = (replies: { status: number }[]) => replies.map((reply) => reply.status);

  it('counts a guess before checking it: of 20 parallel wrong guesses, only 5 are checked', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => attempt('rs-leader', 'wrong-guess')));
    expect(statuses(replies).filter((status) => status === 401)).toHaveLength(5);
    expect(statuses(replies).filter((status) => status === 429)).toHaveLength(15);
    const limited = replies.find((reply) => reply.status === 429)!;
    expect(limited.body).toMatchObject({ error: 'too_many_attempts' });
    // Even the right password waits out the lock-out.
    expect((await attempt('rs-leader', demoPassword)).status).toBe(429);
  }, 120_000);

  it('answers 429 with Retry-After, and lets the right password in once the window has passed', async () => {
    for (let i = 0; i < 5; i += 1) expect((await attempt('mz-leader', 'wrong')).status).toBe(401);
    const response = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mz-leader', password: demoPassword, deviceId: 'd' }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account from the same address is not affected.
    expect((await attempt('mz-chief', demoPassword)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 15 * 60 * 1000 + 1000 });
    expect((await attempt('mz-leader', demoPassword)).status).toBe(200);
  }, 120_000);

  it('limits guesses spread over many accounts from one address', async () => {
    const usernames = Array.from({ length: 60 }, (_, index) => `nobody-${index}`);
    const replies = [];
    for (const username of usernames) replies.push(await attempt(username, 'Password1'));
    // The address has used some of its 50 failures in the tests above.
    const codes = statuses(replies);
    const firstLimited = codes.indexOf(429);
    expect(firstLimited).toBeGreaterThan(20);
    expect(firstLimited).toBeLessThanOrEqual(50);
    expect(codes.slice(0, firstLimited).every((status) => status === 401)).toBe(true);
    expect(codes.slice(firstLimited).every((status) => status === 429)).toBe(true);
  }, 180_000);

  it('purges counts whose window ended long ago', async () => {
    const count = async () =>
      Number((await testDb.db.query<{ n: unknown }>('SELECT count(*) AS n FROM login_limits')).rows[0]!.n);
    expect(await count()).toBeGreaterThan(0);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3 * 60 * 60 * 1000 });
    await server.purgeExpired();
    expect(await count()).toBe(0);
  }, 60_000);
});

describe('bounded password hashing', () => {
  let testDb: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    testDb = await openTestDatabase('pglite');
    await seedDemo(testDb.db, new Date());
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      database: testDb.db,
      logger: silentLogger(),
      passwordHashing: { concurrent: 1, queued: 1 },
    });
  });
  afterAll(async () => {
    await server.close();
    await testDb.drop();
  });

  it('answers 503 with Retry-After past the bound instead of queueing every login, and never 500', async () => {
    const api = `${server.url}/api/v1`;
    const usernames = ['rs-staff', 'rs-staff2', 'rs-staff3', 'mz-staff', 'mz-staff2', 'rs-leader2'];
    const responses = await Promise.all(
      usernames.map((username) =>
        fetch(`${api}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: demoPassword, deviceId: `desk-${username}` }),
        }),
      ),
    );
    const codes = responses.map((response) => response.status);
    expect(codes.every((status) => status === 200 || status === 503)).toBe(true);
    expect(codes.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    const busy = responses.find((response) => response.status === 503);
    expect(busy).toBeDefined();
    expect(Number(busy!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await busy!.json()).toMatchObject({ error: 'busy' });
    // A refused attempt is not held against the account: it signs in at once afterwards.
    const refused = usernames[codes.indexOf(503)]!;
    const again = await call(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: refused, password: demoPassword, deviceId: 'd' }),
    });
    expect(again.status).toBe(200);
  }, 120_000);
});
