import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema } from '../../shared/sync/contract';
import { createSession } from '../../server/auth/sessions';
import { seedDemo } from '../../server/seedDemo';
import { openTestDatabase, type TestDatabase } from '../../server/testing/testDatabase';
import { caseFields, civilAffairs, hrss } from './serverClient';
import { startServerProcess, stopAll, type ServerProcess } from './serverProcesses';

/**
 * The no-skip property with the push path's serialization cut down to version assignment and commit
 * (docs/sync.md, "Push"), on the deployment that can break it: four server processes on one
 * PostgreSQL, desks pushing creates and cross-desk edits of the same rows to any process, and desks
 * pulling incrementally from any process while the pushes commit. A row committed at a version a
 * pull's cursor had already passed would be missing (or stale) on a pulling desk for good.
 */
const processes = 4;
const pushingDesks = 24;
const pullingDesks = 8;
const runMs = 15_000;
const at = '2026-11-27T01:00:00.000Z';

type Outcome = { status: number; retryAfter: string | null };

type Acked = { version: number; note: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

describe.runIf(process.env.DATABASE_URL)('push and pull across 4 server processes on PostgreSQL', () => {
  let testDb: TestDatabase;
  let servers: ServerProcess[] = [];
  beforeAll(async () => {
    testDb = await openTestDatabase('postgres');
    await seedDemo(testDb.db, new Date(at));
    const started = await Promise.allSettled(
      Array.from({ length: processes }, () => startServerProcess(process.env.DATABASE_URL!, testDb.schema!)),
    );
    servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }, 120_000);
  afterAll(async () => {
    await stopAll(servers);
    await testDb?.drop();
  });

  it('gives every pulling desk exactly every acknowledged row, none skipped or twice, and no 5xx but 503 + Retry-After', async () => {
    const db = testDb.db;
    const counterOf = async () =>
      Number(
        (await db.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1')).rows[0]!.value,
      );
    const counterBefore = await counterOf();
    const people = [
      { staffId: 'staff-JN-RS-001', departmentId: hrss },
      { staffId: 'staff-JN-MZ-001', departmentId: civilAffairs },
    ];
    const tokenFor = async (index: number, kind: string) => {
      const person = people[index % people.length]!;
      const session = await createSession(db, person.staffId, `${kind}-${index}-${randomUUID()}`, new Date());
      return { token: session.token, departmentId: person.departmentId };
    };
    const outcomes: Outcome[] = [];
    const api = () => pick(servers).api;
    /** Every request goes to any of the processes, as behind a load balancer; 503s wait and retry. */
    const request = async (path: string, token: string, init: RequestInit = {}) => {
      for (;;) {
        const response = await fetch(`${api()}${path}`, {
          ...init,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        });
        outcomes.push({ status: response.status, retryAfter: response.headers.get('retry-after') });
        if (response.status !== 503) return response;
        await response.body?.cancel();
        await sleep(
          Math.min(2, Number(response.headers.get('retry-after')) || 1) * 500 * (1 + Math.random()),
        );
      }
    };

    // Acknowledged writes per department: rowId -> the applied write with the highest version.
    const acked = new Map<string, Map<string, Acked>>([
      [hrss, new Map()],
      [civilAffairs, new Map()],
    ]);
    const versionsAcked: number[] = [];
    let replaysChecked = 0;
    const deadline = Date.now() + runMs;
    // A push sent just before the deadline may be answered seconds later (503s, a loaded machine).
    let pushesDone = false;

    const pushDesk = async (index: number) => {
      const { token, departmentId } = await tokenFor(index, 'push');
      const clientId = `push-${index}-${randomUUID()}`;
      const mine = acked.get(departmentId)!;
      let seq = 0;
      while (Date.now() < deadline) {
        const known = [...mine.keys()];
        const mutations = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, () => {
          seq += 1;
          const note = `${clientId}:${seq}`;
          // Edits of rows other desks wrote: row locks and conflicts across processes.
          const edit = known.length > 0 && Math.random() < 0.5;
          return {
            seq,
            mutationId: randomUUID(),
            table: 'cases',
            op: 'upsert',
            rowId: edit ? pick(known) : randomUUID(),
            fields: edit ? { outcomeNote: note } : caseFields(departmentId, { outcomeNote: note }),
            baseVersion: 0,
            at,
          };
        });
        const body = JSON.stringify({ clientId, schemaVersion: 1, mutations });
        const response = await request('/sync/push', token, { method: 'POST', body });
        expect(response.status, await response.clone().text()).toBe(200);
        const reply = pushResponseSchema.parse(await response.json());
        for (const result of reply.results) {
          expect(result.status).toBe('applied');
          const written = mutations.find((m) => m.seq === result.seq)!;
          const version = result.status === 'applied' ? (result.version ?? 0) : 0;
          versionsAcked.push(version);
          const before = mine.get(written.rowId);
          if (!before || before.version < version)
            mine.set(written.rowId, { version, note: written.fields.outcomeNote as string });
        }
        if (Math.random() < 0.1) {
          // The answer "lost": the same batch again, to any process, is only duplicates.
          const again = await request('/sync/push', token, { method: 'POST', body });
          expect(again.status).toBe(200);
          const replay = pushResponseSchema.parse(await again.json());
          expect(replay.results.map((result) => result.status)).toEqual(mutations.map(() => 'duplicate'));
          replaysChecked += 1;
        }
        await sleep(Math.random() * 50);
      }
    };

    type Pulled = { rows: Map<string, { version: number; note: unknown }>; departmentId: string };
    const pullDesk = async (index: number): Promise<Pulled> => {
      const { token, departmentId } = await tokenFor(index, 'pull');
      const rows = new Map<string, { version: number; note: unknown }>();
      let cursor = 0;
      let last = 0;
      const pullPage = async () => {
        const limit = 1 + Math.floor(Math.random() * 60);
        const response = await request(`/sync/pull?since=${cursor}&limit=${limit}`, token);
        expect(response.status).toBe(200);
        const page = pullResponseSchema.parse(await response.json());
        for (const row of page.rows) {
          // Versions only ever go up along a desk's pulls: no row is sent twice, none out of order.
          expect(row.version).toBeGreaterThan(last);
          last = row.version;
          if (row.table === 'cases') rows.set(row.id, { version: row.version, note: row.fields.outcomeNote });
        }
        expect(page.cursor).toBeGreaterThanOrEqual(cursor);
        cursor = page.cursor;
        return page.hasMore;
      };
      while (!pushesDone) {
        await pullPage();
        await sleep(Math.random() * 30);
      }
      // Every push is answered by now: pull to the end once more, as the desk's next run would.
      while (await pullPage());
      return { rows, departmentId };
    };

    const pushers = Array.from({ length: pushingDesks }, (_, index) => pushDesk(index));
    const pullers = Array.from({ length: pullingDesks }, (_, index) => pullDesk(index));
    await Promise.all(pushers);
    pushesDone = true;
    const pulled = await Promise.all(pullers);

    // Exactly once: each applied mutation took one version, all of them from one unbroken range.
    const counterAfter = await counterOf();
    expect(new Set(versionsAcked).size).toBe(versionsAcked.length);
    expect(versionsAcked.length).toBe(counterAfter - counterBefore);
    expect(Math.min(...versionsAcked)).toBe(counterBefore + 1);
    expect(versionsAcked.length).toBeGreaterThan(200);
    // Versions are decided provisionally before the counter is taken (server/sync/push.ts): none of
    // them, in a row, a field's stamp or a conflict record, may be left behind.
    const provisional = await db.query<{ n: unknown }>(
      `SELECT (SELECT count(*) FROM rows r WHERE r.version > $1 OR EXISTS (
                 SELECT 1 FROM jsonb_each(r.field_versions) f WHERE (f.value->>'v')::bigint > $1))
            + (SELECT count(*) FROM conflicts WHERE version > $1 OR their_version > $1) AS n`,
      [counterAfter],
    );
    expect(Number(provisional.rows[0]!.n)).toBe(0);
    const conflicts = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM conflicts');
    expect(Number(conflicts.rows[0]!.n)).toBeGreaterThan(0);
    expect(replaysChecked).toBeGreaterThan(0);

    for (const desk of pulled) {
      const expected = acked.get(desk.departmentId)!;
      const skipped = [...expected].filter(([rowId, write]) => {
        const held = desk.rows.get(rowId);
        return held?.version !== write.version || held.note !== write.note;
      });
      expect(skipped, `${skipped.length} of ${expected.size} acknowledged rows missing or stale`).toEqual([]);
      // Nothing the desks were not acknowledged: the test's rows on the desk are exactly the acked ones.
      const extra = [...desk.rows.keys()].filter(
        (rowId) => !expected.has(rowId) && String(desk.rows.get(rowId)!.note).startsWith('push-'),
      );
      expect(extra).toEqual([]);
    }

    const serverErrors = outcomes.filter(
      (outcome) => outcome.status >= 500 && !(outcome.status === 503 && Number(outcome.retryAfter) >= 1),
    );
    expect(serverErrors).toEqual([]);
  }, 180_000);
});
