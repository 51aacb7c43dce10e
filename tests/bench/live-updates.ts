import 'fake-indexeddb/auto';
import type { CaseId } from '../../shared/ids';
import { pathToFileURL } from 'node:url';
import { attachSyncTriggers } from '../../renderer/sync/triggers';
import { startTestServer, testPassword } from '../sync/testServer';
import { createCase, openTestClient, type TestClient } from '../sync/testClient';

/**
 * Live updates (issue #9): how long a case written at one open desk takes to show on another, through
 * the whole path the app takes — the write's debounce, push, the server's change check, the poke on
 * each desk's event stream, its pull into IndexedDB. Desks are the client's own sync code in Node on
 * fake-indexeddb with the app's triggers (the periodic timer set to an hour, so only the stream
 * counts), against the real HTTP server on loopback: PostgreSQL with DATABASE_URL, else PGlite. The
 * server and every desk share this one Node process, so the figures are pessimistic. Bounded: a few
 * dozen rounds, well under two minutes.
 */
export type LiveUpdatesBenchOptions = { desks?: number; rounds?: number; log?: (line: string) => void };

export type LiveUpdatesBenchResult = {
  backend: 'postgres' | 'pglite';
  desks: number;
  rounds: number;
  /** Write at one desk until visible at the next desk. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Write until visible at every other desk, p95. */
  allDesksP95Ms: number;
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
};

const visibleAt = async (desk: TestClient, id: string, deadline: number): Promise<number> => {
  for (;;) {
    if (await desk.db.cases.get(id as CaseId)) return performance.now();
    if (performance.now() > deadline) throw new Error(`case ${id} not on ${desk.name} within the deadline`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

export const benchLiveUpdates = async (
  options: LiveUpdatesBenchOptions = {},
): Promise<LiveUpdatesBenchResult> => {
  const deskCount = options.desks ?? 10;
  const rounds = options.rounds ?? 40;
  const log = options.log ?? (() => undefined);
  const server = await startTestServer(deskCount);
  const desks: TestClient[] = [];
  const stops: (() => void)[] = [];
  try {
    for (const username of server.usernames) {
      const desk = await openTestClient({ serverUrl: server.url(), username, password: testPassword });
      desks.push(desk);
      stops.push(
        attachSyncTriggers({
          db: desk.db,
          engine: desk.engine,
          events: new EventTarget(),
          timers,
          periodicMs: 60 * 60_000,
          live: { fetch: (input, init) => fetch(input, init) },
        }),
      );
    }
    // Let every start-up run and stream settle.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const next: number[] = [];
    const all: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const writer = desks[round % deskCount]!;
      const others = desks.filter((desk) => desk !== writer);
      const started = performance.now();
      const id = await createCase(writer, server.departmentId, `实时${round}`);
      const seen = await Promise.all(others.map((desk) => visibleAt(desk, id, started + 30_000)));
      next.push(seen[0]! - started);
      all.push(Math.max(...seen) - started);
      // Spread the writes as a hall does, rather than a burst the engine would fold into one run.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const result: LiveUpdatesBenchResult = {
      backend: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      desks: deskCount,
      rounds,
      p50Ms: Math.round(percentile(next, 50)),
      p95Ms: Math.round(percentile(next, 95)),
      maxMs: Math.round(Math.max(...next)),
      allDesksP95Ms: Math.round(percentile(all, 95)),
    };
    log(`live updates: ${JSON.stringify(result)}`);
    return result;
  } finally {
    for (const stop of stops) stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const desk of desks) await desk.close();
    await server.close();
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLiveUpdates({ log: console.log });
  console.log(JSON.stringify(result, null, 2));
}
