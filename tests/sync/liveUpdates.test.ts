import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseId } from '../../shared/ids';
import { attachSyncTriggers } from '../../renderer/sync/triggers';
import { startTestServer, testPassword, type TestServer } from './testServer';
import { createCase, openTestClient, type TestClient } from './testClient';

const realTimers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Live updates end to end: two desks' real sync code (fake-indexeddb) against the real server, each
 * with the app's triggers and its live-update stream. The periodic timer is an hour, so only the
 * stream can bring desk A's write to desk B in time.
 */
describe('live updates between two open desks', () => {
  let server: TestServer;
  const desks: TestClient[] = [];
  const stops: (() => void)[] = [];

  beforeAll(async () => {
    server = await startTestServer(2);
    for (const username of server.usernames) {
      const desk = await openTestClient({ serverUrl: server.url(), username, password: testPassword });
      desks.push(desk);
      stops.push(
        attachSyncTriggers({
          db: desk.db,
          engine: desk.engine,
          events: new EventTarget(),
          timers: realTimers,
          periodicMs: 60 * 60_000,
          live: { fetch: (input, init) => fetch(input, init) },
        }),
      );
    }
    // Both streams open and the start-up runs done.
    await vi.waitFor(() => expect(desks.every((desk) => !desk.engine.status.get().running)).toBe(true), {
      timeout: 10_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  afterAll(async () => {
    for (const stop of stops) stop();
    for (const desk of desks) {
      await vi.waitFor(() => expect(desk.engine.status.get().running).toBe(false), { timeout: 10_000 });
      await desk.close();
    }
    await server.close();
  });

  it('shows a case written at desk A on desk B within 2 s, every time', async () => {
    const [a, b] = desks as [TestClient, TestClient];
    const seen: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const started = Date.now();
      const id = await createCase(a, server.departmentId, `实时${round}`);
      await expect
        .poll(async () => (await b.db.cases.get(id as CaseId))?.applicantName, {
          timeout: 2_000,
          interval: 20,
        })
        .toBe(`实时${round}`);
      seen.push(Date.now() - started);
    }
    expect(Math.max(...seen)).toBeLessThan(2_000);
    // And back: B's write reaches A as quickly.
    const started = Date.now();
    const id = await createCase(b, server.departmentId, '回传');
    await expect
      .poll(async () => (await a.db.cases.get(id as CaseId))?.applicantName, { timeout: 2_000, interval: 20 })
      .toBe('回传');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
