import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../renderer/sync/http';
import { pushResponseSchema } from '../../shared/sync/contract';
import { createSession } from '../../server/auth/sessions';
import { createLogger } from '../../server/log/logger';
import { seedDemo } from '../../server/seedDemo';
import { startServer, type RunningServer } from '../../server/startServer';
import { openTestDatabase, testBackends, type TestDatabase } from '../../server/testing/testDatabase';
import { caseFields, hrss } from './serverClient';

/**
 * A reconnect storm in small: more desks push at once than the admission gate admits and queues. Every
 * answer must be 200, or 503 `busy` with Retry-After given at once — never a reset, a timeout or another
 * 5xx — and every desk's outbox must arrive exactly once after it honours the Retry-After it was given.
 */
const desks = 24;
const mutationsPerDesk = 300;
const batch = 150;
const bounds = { concurrent: 2, queued: 2, maxWaitMs: 1_000 };

type Desk = { clientId: string; token: string; rowIds: string[]; acked: number };

type Answer = { status: number; retryAfter: string | null; error?: string; ms: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testBackends())('admission of sync requests on %s', (backend) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let api: string;
  let fleet: Desk[];
  const logLines: string[] = [];

  beforeAll(async () => {
    testDb = await openTestDatabase(backend);
    const now = new Date();
    await seedDemo(testDb.db, now);
    fleet = [];
    for (let index = 0; index < desks; index += 1) {
      const { token } = await createSession(testDb.db, 'staff-JN-RS-001', `admission-device-${index}`, now);
      fleet.push({
        clientId: `admission-${index}-${randomUUID()}`,
        token,
        rowIds: Array.from({ length: mutationsPerDesk }, () => randomUUID()),
        acked: 0,
      });
    }
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      database: testDb.db,
      logger: createLogger({ level: 'info', destination: { write: (line) => logLines.push(line) } }),
      admission: bounds,
    });
    api = `${server.url}/api/v1`;
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await testDb?.drop();
  });

  const batchOf = (desk: Desk) => {
    const mutations = Array.from({ length: Math.min(batch, mutationsPerDesk - desk.acked) }, (_, i) => {
      const seq = desk.acked + i + 1;
      return {
        seq,
        mutationId: `${desk.clientId}-${seq}`,
        table: 'cases',
        op: 'upsert',
        rowId: desk.rowIds[seq - 1]!,
        fields: caseFields(hrss, { outcomeNote: `${desk.clientId} ${seq}` }),
        baseVersion: 0,
        at: '2026-11-27T01:00:00.000Z',
      };
    });
    const body = JSON.stringify({ clientId: desk.clientId, schemaVersion: 1, mutations });
    return { body, count: mutations.length };
  };

  /** One push of the desk's next batch; `body` may be a stream the test finishes later. */
  const send = async (desk: Desk, count: number, body: string | ReadableStream<Uint8Array>) => {
    const started = performance.now();
    const response = await fetch(`${api}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${desk.token}` },
      body,
      signal: AbortSignal.timeout(30_000),
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    });
    const answer = (await response.json()) as unknown;
    const ms = performance.now() - started;
    if (response.status === 200) {
      const results = pushResponseSchema.parse(answer).results;
      expect(results.every((result) => result.status === 'applied')).toBe(true);
      desk.acked += count;
    }
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      error: (answer as { error?: string }).error,
      ms,
    } satisfies Answer;
  };

  const pushNext = (desk: Desk): Promise<Answer> => {
    const { body, count } = batchOf(desk);
    return send(desk, count, body);
  };

  /** A push whose body arrives only when `finish` is called: it holds its slot until then. */
  const pushHeld = (desk: Desk) => {
    const { body, count } = batchOf(desk);
    const bytes = new TextEncoder().encode(body);
    let finish = () => undefined as void;
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(bytes.slice(0, 16));
        finish = () => {
          controller.enqueue(bytes.slice(16));
          controller.close();
        };
      },
    });
    return { answer: send(desk, count, stream), finish: () => finish() };
  };

  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await sleep(20);
    }
  };

  it('answers a flood with 200 or a quick 503 + Retry-After, and every desk’s work arrives once', async () => {
    const versionsBefore = await counter();
    // Two pushes whose bodies are still on the way hold both slots; two more wait in the queue.
    const holders = [pushHeld(fleet[0]!), pushHeld(fleet[1]!)];
    await until(() => server.admission.state().running === 2, 'both slots are taken');
    const queued = [pushNext(fleet[2]!), pushNext(fleet[3]!)];
    await until(() => server.admission.state().waiting === 2, 'two requests wait');
    // The flood: 20 pushes of 150 mutations while nothing can be admitted or queued. Each is refused
    // at once, its body read and dropped so the desk gets the 503, not a reset connection.
    const flood = await Promise.all(fleet.slice(4).map((desk) => pushNext(desk)));
    expect(server.admission.state()).toMatchObject({ running: 2 });
    for (const answer of flood) {
      expect(answer).toMatchObject({ status: 503, error: 'busy' });
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(answer.ms).toBeLessThan(10_000);
    }
    // The queued two wait at most maxWaitMs for a slot that does not come free, then are refused too.
    for (const answer of await Promise.all(queued)) {
      expect(answer).toMatchObject({ status: 503, error: 'busy' });
      expect(answer.ms).toBeGreaterThanOrEqual(bounds.maxWaitMs - 50);
    }
    for (const holder of holders) holder.finish();
    const held = await Promise.all(holders.map((holder) => holder.answer));
    expect(held.map((answer) => answer.status)).toEqual([200, 200]);
    expect(server.admission.state()).toMatchObject({ running: 0, waiting: 0 });
    const first = [...held, ...(await Promise.all(queued)), ...flood];

    // Then the desks as the app runs them: Retry-After plus up to half again, until the outbox is empty.
    const answers = [...first];
    const deadline = Date.now() + 150_000;
    await Promise.all(
      fleet.map(async (desk, index) => {
        let last = first[index]!;
        while (desk.acked < mutationsPerDesk && Date.now() < deadline) {
          if (last.status === 503) await sleep(retryAfterMs(last.retryAfter) * (1 + Math.random() / 2));
          last = await pushNext(desk);
          answers.push(last);
        }
      }),
    );
    expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 503)).toEqual([]);
    expect(answers.filter((answer) => answer.status === 503 && !(Number(answer.retryAfter) >= 1))).toEqual(
      [],
    );
    expect(fleet.filter((desk) => desk.acked < mutationsPerDesk).map((desk) => desk.clientId)).toEqual([]);

    // Every mutation on the server as pushed, each applied once (one version each).
    const stored = await testDb.db.query<{ id: string; note: string }>(
      `SELECT id, fields->>'outcomeNote' AS note FROM rows WHERE table_name = 'cases' AND updated_client LIKE 'admission-%'`,
    );
    const onServer = new Map(stored.rows.map((row) => [row.id, row.note]));
    const lost = fleet.flatMap((desk) =>
      desk.rowIds.filter((rowId, i) => onServer.get(rowId) !== `${desk.clientId} ${i + 1}`),
    );
    expect(lost).toEqual([]);
    expect((await counter()) - versionsBefore).toBe(desks * mutationsPerDesk);
    // Nothing leaked: the gate admits a request at once again.
    const probe = await fetch(`${api}/sync/pull?since=0&limit=1`, {
      headers: { authorization: `Bearer ${fleet[0]!.token}` },
    });
    expect(probe.status).toBe(200);
  }, 240_000);

  it('a push whose upload breaks off mid-body is the client’s failure (400), not an internal error, and frees its slot', async () => {
    const { port } = new URL(server.url);
    const { body } = batchOf({
      clientId: `admission-cut-${randomUUID()}`,
      token: fleet[0]!.token,
      rowIds: Array.from({ length: batch }, () => randomUUID()),
      acked: 0,
    });
    expect(body.length).toBeGreaterThan(10_000);
    const requestId = `cut-off-${randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
            `Authorization: Bearer ${fleet[0]!.token}\r\nX-Request-Id: ${requestId}\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 200)}`,
        );
        // The desk's network drops with most of the batch unsent.
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 300);
      });
      socket.on('error', reject);
    });
    await until(
      () => logLines.some((line) => line.includes(requestId) && line.includes('"msg":"request"')),
      'the cut-off request is logged',
    );
    const lines = logLines.filter((line) => line.includes(requestId));
    expect(lines.filter((line) => line.includes('internal error'))).toEqual([]);
    expect(lines.find((line) => line.includes('"msg":"request"'))).toContain('"status":400');
    await until(() => server.admission.state().running === 0, 'its slot is free');
  }, 60_000);

  const counter = async () =>
    Number(
      (await testDb.db.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1')).rows[0]
        ?.value,
    );
});
