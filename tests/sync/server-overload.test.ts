import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/seedDemo';
import { startServer, type RunningServer } from '../../server/startServer';
import { openTestDatabase, testBackends, type TestDatabase } from '../../server/testing/testDatabase';
import { caseFields, hrss, login, mutation } from './serverClient';
import { silentLogger } from '../../server/log/logger';
import { DatabaseBusyError, openPostgres } from '../../server/db/pg';

const timed = async (work: () => Promise<Response>) => {
  const started = Date.now();
  const response = await work();
  return { response, ms: Date.now() - started };
};

describe.each(testBackends())('health on %s', (backend) => {
  it('says whether the database answers: 200 while it does, 503 once it does not', async () => {
    const testDb = await openTestDatabase(backend);
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      database: testDb.db,
      logger: silentLogger(),
    });
    try {
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
      await testDb.db.close();
      const down = await fetch(`${server.url}/api/v1/health`);
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBeTruthy();
      expect(await down.json()).toMatchObject({ error: 'unavailable' });
    } finally {
      await server.close();
      await testDb.drop().catch(() => undefined);
    }
  }, 60_000);
});

describe.each(testBackends().filter((backend) => backend === 'postgres'))(
  'pool exhaustion on %s',
  (backend) => {
    let testDb: TestDatabase;
    let server: RunningServer;
    let api: string;
    let holder: pg.Client;
    beforeAll(async () => {
      testDb = await openTestDatabase(backend, process.env.DATABASE_URL, {
        maxConnections: 3,
        connectionTimeoutMs: 1000,
        lockTimeoutMs: 1000,
        statementTimeoutMs: 5000,
      });
      await seedDemo(testDb.db, new Date());
      server = await startServer({ host: '127.0.0.1', port: 0, database: testDb.db, logger: silentLogger() });
      api = `${server.url}/api/v1`;
      holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await holder.connect();
    });
    afterAll(async () => {
      await holder.end();
      await server.close();
      await testDb.drop();
    });

    it('answers 503 with Retry-After in bounded time while the version counter is locked, never 500, then recovers', async () => {
      const token = await login(api, 'rs-staff', 'desk-overload');
      const pushBody = () =>
        JSON.stringify({
          clientId: `client-${randomUUID()}`,
          schemaVersion: 1,
          mutations: [mutation(1, 'cases', randomUUID(), caseFields(hrss))],
        });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      // Another process holds the version counter's lock, the one serialized step of every push that
      // writes rows (a stuck transaction; server/sync/writeLocks.ts).
      await holder.query('BEGIN');
      await holder.query(`SELECT value FROM ${testDb.schema}.version_counter WHERE id = 1 FOR UPDATE`);
      try {
        const pushes = Array.from({ length: 10 }, () =>
          timed(() => fetch(`${api}/sync/push`, { method: 'POST', headers, body: pushBody() })),
        );
        const pullWhileBusy = timed(() =>
          fetch(`${api}/sync/pull?since=0&limit=10`, { headers: { authorization: `Bearer ${token}` } }),
        );
        const replies = await Promise.all([...pushes, pullWhileBusy]);
        for (const { response, ms } of replies) {
          expect([200, 503]).toContain(response.status);
          expect(ms).toBeLessThan(10_000);
          if (response.status === 503) {
            expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
            expect(await response.json()).toMatchObject({ error: 'busy' });
          }
        }
        expect(replies.slice(0, 10).every(({ response }) => response.status === 503)).toBe(true);
      } finally {
        await holder.query('ROLLBACK');
      }
      const after = await fetch(`${api}/sync/push`, { method: 'POST', headers, body: pushBody() });
      expect(after.status).toBe(200);
    }, 120_000);
  },
);

describe.each(testBackends().filter((backend) => backend === 'postgres'))(
  'a connection that cannot be opened in time on %s',
  (backend) => {
    it('is busy (503 + Retry-After), not a failure (500)', async () => {
      // A new connection's handshake takes longer than 1 ms: the bound pg-pool applies to opening one
      // runs out, as it did for 3 s under a reconnect storm on a starved CPU.
      const testDb = await openTestDatabase(backend);
      const starved = openPostgres({
        databaseUrl: process.env.DATABASE_URL!,
        searchPath: testDb.schema,
        connectionTimeoutMs: 1,
      });
      const server = await startServer({
        host: '127.0.0.1',
        port: 0,
        database: starved,
        logger: silentLogger(),
      });
      try {
        await expect(starved.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseBusyError);
        const response = await fetch(`${server.url}/api/v1/sync/pull?since=0`, {
          headers: { authorization: 'Bearer not-a-token-but-well-formed' },
        });
        expect(response.status).toBe(503);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(await response.json()).toMatchObject({ error: 'busy' });
      } finally {
        await server.close();
        await starved.close();
        await testDb.drop();
      }
    }, 60_000);
  },
);
