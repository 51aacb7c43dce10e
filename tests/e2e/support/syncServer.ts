import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loginResponseSchema,
  maxPullLimit,
  pullResponseSchema,
  type PulledRow,
} from '../../../shared/sync/contract';
import { openDatabase } from '../../../server/db/open';
import type { Database } from '../../../server/db/types';
import { demoPassword, seedDemo } from '../../../server/seedDemo';
import { startServer, type RunningServer } from '../../../server/startServer';
import { createLogger } from '../../../server/log/logger';

export { demoPassword };

/**
 * The hall's sync server, in this process, on a PGlite data folder that outlives the server: `down()`
 * stops it the way a crash or a maintenance window would (the desks' connections are refused), `up()`
 * starts it again on the same address over the same data, as an operator restarting it would.
 */
export type SyncServerControl = {
  /** e.g. http://127.0.0.1:41234 — what a clerk types as the server address. */
  url: string;
  /** Base of the API, `${url}/api/v1`. */
  api: string;
  up(): Promise<void>;
  down(): Promise<void>;
  isUp(): boolean;
  /** Internal errors the server logged; a passing run has none. */
  errors: string[];
  /** Stops the server if it runs and removes its data folder. */
  dispose(): Promise<void>;
};

const host = '127.0.0.1';

/** A port free right now, so the server can come back on the very address the desks know. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export const createSyncServer = async (): Promise<SyncServerControl> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'oncedesk-e2e-sync-'));
  const port = await freePort();
  const url = `http://${host}:${port}`;
  const errors: string[] = [];
  let running: { server: RunningServer; database: Database } | null = null;
  let seeded = false;

  const up = async () => {
    if (running) return;
    const database = await openDatabase({ dataDir });
    try {
      // Demo departments, accounts and catalog, once: the restart must find them in the data folder.
      if (!seeded) await seedDemo(database, new Date());
      seeded = true;
      const server = await startServer({
        host,
        port,
        database,
        // Only failures: the test prints them if a scenario goes wrong.
        logger: createLogger({ level: 'error', destination: { write: (line) => errors.push(line) } }),
      });
      running = { server, database };
    } catch (error) {
      await database.close();
      throw error;
    }
  };

  const down = async () => {
    if (!running) return;
    const { server, database } = running;
    running = null;
    await server.close();
    await database.close();
  };

  return {
    url,
    api: `${url}/api/v1`,
    up,
    down,
    isUp: () => running !== null,
    errors,
    dispose: async () => {
      await down();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

/**
 * Everything `username` may read, as the server hands it out: signs in over HTTP and pulls every page.
 * The test's own view of the server, independent of any desk.
 */
export const pullEverything = async (api: string, username: string): Promise<PulledRow[]> => {
  const login = loginResponseSchema.parse(
    await (
      await fetch(`${api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: demoPassword, deviceId: 'e2e-server-check' }),
      })
    ).json(),
  );
  const rows: PulledRow[] = [];
  let since = 0;
  for (;;) {
    const response = await fetch(`${api}/sync/pull?since=${since}&limit=${maxPullLimit}`, {
      headers: { authorization: `Bearer ${login.token}` },
    });
    const page = pullResponseSchema.parse(await response.json());
    rows.push(...page.rows);
    if (!page.hasMore) return rows;
    since = page.cursor;
  }
};
