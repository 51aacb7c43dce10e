import type { Database } from '../db/types';
import { silentLogger, type Logger } from '../log/logger';
import { seedDemo } from '../seedDemo';
import { openDatabase } from '../db/open';
import { startServer } from '../startServer';
import type { LiveLimits } from '../live/hub';
import type { StreamTiming } from '../live/eventStream';
import { openTestDatabase, type Backend } from './testDatabase';

/** A clock tests move by hand, so expiry and lockout windows need no waiting. */
export type TestClock = { now: () => Date; advance: (ms: number) => void; set: (date: Date) => void };

export const createTestClock = (start = new Date('2026-11-27T01:00:00.000Z')): TestClock => {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = date.getTime();
    },
  };
};

export type TestServer = {
  /** Base URL of the API, e.g. `http://127.0.0.1:34567/api/v1`. */
  api: string;
  url: string;
  database: Database;
  /** The fresh schema on PostgreSQL (a second server process may open it too). */
  schema?: string;
  /** Open live-update streams. */
  liveStreams(): number;
  clock: TestClock;
  /** Stops the HTTP server and drops the test database. */
  close(): Promise<void>;
};

/**
 * A real server on a free loopback port over a fresh database holding the demo departments, accounts
 * (password `demoPassword`) and catalog. For the server's own tests and the multi-client sync suite.
 */
export const startTestServer = async (
  backend: Backend = 'pglite',
  options: {
    seed?: boolean;
    clock?: TestClock;
    logger?: Logger;
    liveLimits?: LiveLimits;
    streamTiming?: StreamTiming;
    streamRecheckMs?: number;
  } = {},
): Promise<TestServer> => {
  const clock = options.clock ?? createTestClock();
  const testDb = await openTestDatabase(backend);
  if (options.seed !== false) await seedDemo(testDb.db, clock.now());
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    database: testDb.db,
    now: clock.now,
    logger: options.logger ?? silentLogger(),
    ...(options.liveLimits ? { liveLimits: options.liveLimits } : {}),
    ...(options.streamTiming ? { streamTiming: options.streamTiming } : {}),
    ...(options.streamRecheckMs ? { streamRecheckMs: options.streamRecheckMs } : {}),
  });
  return {
    api: `${server.url}/api/v1`,
    url: server.url,
    database: testDb.db,
    ...(testDb.schema ? { schema: testDb.schema } : {}),
    liveStreams: () => server.live.size,
    clock,
    close: async () => {
      await server.close();
      await testDb.drop();
    },
  };
};

/**
 * Another server process on `first`'s PostgreSQL schema (as `--workers 2` or a second machine would
 * run), on the same test clock, for tests of what crosses processes (pokes, stream limits, revoked
 * sessions). `close` stops it and its connections; `first` keeps the schema.
 */
export const startSecondProcess = async (
  first: TestServer,
  options: { streamRecheckMs?: number } = {},
): Promise<{ api: string; live: { readonly size: number }; close(): Promise<void> }> => {
  if (!first.schema) throw new Error('a second process needs the first one on PostgreSQL');
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL!, searchPath: first.schema });
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    database,
    logger: silentLogger(),
    now: first.clock.now,
    ...(options.streamRecheckMs ? { streamRecheckMs: options.streamRecheckMs } : {}),
  });
  return {
    api: `${server.url}/api/v1`,
    live: server.live,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
};
