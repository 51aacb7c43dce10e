import { describe, expect, it } from 'vitest';
import { testBackends } from '../../server/testing/testDatabase';
import { startSecondProcess, startTestServer } from '../../server/testing/testServer';
import { openTestStream, sleep, type TestStream } from './eventStreamClient';
import { login } from './serverClient';

const hallScope = 'hallId=hall-JN-RS-ZWDT&reach=hall&windowDays=90';

const closeAll = (streams: TestStream[]) => {
  for (const stream of streams) stream.close();
};

/**
 * The stream limits (server/live/hub.ts): at most 10 streams per account in each server process, and
 * a cap on all streams a process holds. Past either, a clear JSON refusal with Retry-After — never a
 * socket held open, never a 500. (One process refusing a thousand from one account: server-events.)
 */
describe.each(testBackends())('stream limits on %s', (backend) => {
  it('a process at its total cap refuses the next stream with 503, Retry-After and a JSON reason', async () => {
    const server = await startTestServer(backend, { liveLimits: { perAccount: 10, total: 3 } });
    const open: TestStream[] = [];
    try {
      for (const [username, device] of [
        ['rs-staff', 'cap-1'],
        ['rs-staff2', 'cap-2'],
        ['mz-staff', 'cap-3'],
      ] as const) {
        const stream = await openTestStream(server.api, await login(server.api, username, device));
        open.push(stream);
        expect(stream.status).toBe(200);
      }
      const refused = await openTestStream(server.api, await login(server.api, 'rs-chief', 'cap-4'));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(refused.refusal).toMatchObject({ error: 'too_many_streams' });
      expect(refused.refusal?.message).toMatch(/sync goes on by timer/);
      expect(server.liveStreams()).toBe(3);
    } finally {
      closeAll(open);
      await server.close();
    }
  });
});

describe.runIf(testBackends().includes('postgres'))(
  'a thousand streams from one account across processes',
  () => {
    it('each process keeps its 10 and refuses the rest with 429 and a JSON reason', async () => {
      const first = await startTestServer('postgres');
      // On the same (test) clock as the first, which issues the token.
      const second = await startSecondProcess(first);
      const apis = [first.api, second.api];
      let attempts: TestStream[] = [];
      try {
        const token = await login(first.api, 'rs-leader', 'desk-flood-across');
        // As a load balancer would spread them: every other request to the other process.
        attempts = await Promise.all(
          Array.from({ length: 1000 }, (_, i) => openTestStream(apis[i % 2]!, token, hallScope)),
        );
        const opened = attempts.filter((attempt) => attempt.status === 200);
        const refused = attempts.filter((attempt) => attempt.status === 429);
        expect(opened).toHaveLength(20);
        expect(refused).toHaveLength(980);
        for (const refusal of refused) {
          expect(refusal.refusal?.error).toBe('too_many_streams');
          expect(refusal.headers.get('retry-after')).toBe('60');
        }
        expect(first.liveStreams()).toBe(10);
        expect(second.live.size).toBe(10);
      } finally {
        closeAll(attempts);
        await sleep(100);
        await second.close();
        await first.close();
      }
    }, 120_000);
  },
);
