import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { readAudit } from '../../server/audit/auditLog';
import { testBackends } from '../../server/testing/testDatabase';
import { startSecondProcess, startTestServer, type TestServer } from '../../server/testing/testServer';
import { openTestStream, sleep, type TestStream } from './eventStreamClient';
import { caseFields, civilAffairs, hrss, login, mutation, push } from './serverClient';

const mainHall = 'hall-JN-RS-ZWDT';
const insuranceHall = 'hall-JN-RS-SBZX';
const hallScope = (hallId: string) => `hallId=${hallId}&reach=hall&windowDays=90`;

/** Quiet for this long after a write: no poke arrived that was going to. */
const quietMs = 600;

/** Live updates (docs/sync.md, "Live updates"): GET /sync/events pokes the desks that would pull a change. */
describe.each(testBackends())('live-update stream on %s', (backend) => {
  let server: TestServer;
  let writer: string;
  let sameHall: string;
  let mzClerk: string;
  let supervisor: string;
  const writerClient = `client-${randomUUID()}`;
  let seq = 0;
  const open: TestStream[] = [];

  const stream = async (token: string | undefined, query = '') => {
    const opened = await openTestStream(server.api, token, query);
    open.push(opened);
    return opened;
  };

  const writeCase = async (fields: Record<string, unknown>) => {
    seq += 1;
    const reply = await push(server.api, writer, writerClient, [
      mutation(
        seq,
        'cases',
        uuidv7(),
        caseFields(hrss, { day: server.clock.now().toISOString().slice(0, 10), ...fields }),
      ),
    ]);
    expect(reply.body.results[0]?.status).toBe('applied');
  };

  beforeAll(async () => {
    server = await startTestServer(backend, { liveLimits: { perAccount: 10, total: 5_000 } });
    writer = await login(server.api, 'rs-staff', 'desk-events-writer');
    sameHall = await login(server.api, 'rs-staff2', 'desk-events-same-hall');
    mzClerk = await login(server.api, 'mz-staff', 'desk-events-mz');
    supervisor = await login(server.api, 'rs-chief', 'desk-events-chief');
  });

  afterEach(async () => {
    for (const opened of open.splice(0)) opened.close();
    // The server notices each closed socket; later tests count streams from zero.
    for (let i = 0; i < 50 && server.liveStreams() > 0; i += 1) await sleep(20);
  });

  afterAll(async () => {
    await server.close();
  });

  it('refuses a stream without a valid token with 401, before anything is streamed', async () => {
    const without = await stream(undefined);
    expect(without.status).toBe(401);
    expect(without.refusal?.error).toBe('unauthorized');
    const forged = await stream('forged-token-forged-token');
    expect(forged.status).toBe(401);
    expect(server.liveStreams()).toBe(0);
  });

  it('pokes the desks that would pull a change, and no other; a poke carries no row data', async () => {
    const colleague = await stream(sameHall, hallScope(mainHall));
    const otherHall = await stream(sameHall, hallScope(insuranceHall));
    const otherDepartment = await stream(mzClerk, hallScope('hall-JN-MZ-WMFW'));
    const ownDesk = await stream(writer, `clientId=${writerClient}&${hallScope(mainHall)}`);
    const wholeDepartment = await stream(
      supervisor,
      `hallId=${insuranceHall}&reach=department&windowDays=400`,
    );
    const unscoped = await stream(sameHall);
    for (const opened of [colleague, otherHall, otherDepartment, ownDesk, wholeDepartment, unscoped]) {
      expect(opened.status).toBe(200);
      expect(opened.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await opened.waitFor('ready');
    }
    expect(server.liveStreams()).toBe(6);

    await writeCase({ hallId: mainHall });
    await colleague.waitFor('poke', 1, 2_000);
    await wholeDepartment.waitFor('poke', 1, 2_000);
    await unscoped.waitFor('poke', 1, 2_000);
    await sleep(quietMs);
    expect(otherHall.events.filter((e) => e.event === 'poke')).toEqual([]);
    expect(otherDepartment.events.filter((e) => e.event === 'poke')).toEqual([]);
    // The writer's own desk pulls after its push anyway.
    expect(ownDesk.events.filter((e) => e.event === 'poke')).toEqual([]);
    for (const event of colleague.events) expect(event.data).toBe('{}');

    // A case of the other hall pokes that hall's desk, not this one's.
    await writeCase({ hallId: insuranceHall, windowId: 'win-JN-RS-SBZX-01' });
    await otherHall.waitFor('poke', 1, 2_000);
    await sleep(quietMs);
    expect(colleague.events.filter((e) => e.event === 'poke')).toHaveLength(1);
  });

  it('pokes for an old case while it is open and when it closes; not for a closed one outside the window', async () => {
    const colleague = await stream(sameHall, hallScope(mainHall));
    await colleague.waitFor('ready');
    // 200 days old: outside a clerk's 90-day window, kept by its hall's desks only while it is open.
    const old = new Date(server.clock.now().getTime() - 200 * 24 * 60 * 60 * 1000).toISOString();
    const oldDay = { day: old.slice(0, 10), startedAt: old };
    const openId = uuidv7();
    seq += 1;
    const opened = await push(server.api, writer, writerClient, [
      mutation(seq, 'cases', openId, caseFields(hrss, { hallId: mainHall, ...oldDay })),
    ]);
    await colleague.waitFor('poke', 1, 2_000);
    seq += 1;
    const closing = await push(server.api, writer, writerClient, [
      mutation(
        seq,
        'cases',
        openId,
        { status: 'completedInOneVisit', finishedAt: server.clock.now().toISOString() },
        { baseVersion: opened.body.results[0]!.version! },
      ),
    ]);
    expect(closing.body.results[0]?.status).toBe('applied');
    // The desk held it while open: it must learn that it closed (and may evict it).
    await colleague.waitFor('poke', 2, 2_000);
    await writeCase({ hallId: mainHall, status: 'completedInOneVisit', finishedAt: old, ...oldDay });
    await sleep(quietMs);
    expect(colleague.events.filter((e) => e.event === 'poke')).toHaveLength(2);
  });

  it('pokes a desk for a case of another hall it looked up and keeps (pinned)', async () => {
    const id = uuidv7();
    seq += 1;
    const made = await push(server.api, writer, writerClient, [
      mutation(seq, 'cases', id, caseFields(hrss, { hallId: insuranceHall, windowId: 'win-JN-RS-SBZX-01' })),
    ]);
    const pinnedDesk = await stream(sameHall, `${hallScope(mainHall)}&pinned=${id}`);
    const plainDesk = await stream(sameHall, hallScope(mainHall));
    await pinnedDesk.waitFor('ready');
    await plainDesk.waitFor('ready');
    seq += 1;
    await push(server.api, writer, writerClient, [
      mutation(
        seq,
        'cases',
        id,
        { outcomeNote: '补充说明' },
        { baseVersion: made.body.results[0]!.version! },
      ),
    ]);
    await pinnedDesk.waitFor('poke', 1, 2_000);
    await sleep(quietMs);
    expect(plainDesk.events.filter((e) => e.event === 'poke')).toEqual([]);
    const bad = await stream(sameHall, `${hallScope(mainHall)}&pinned=not%20an%20id`);
    expect(bad.status).toBe(400);
  });

  it('refuses a scope the clerk may not hold, or another department’s hall, before streaming', async () => {
    const wide = await stream(sameHall, `hallId=${mainHall}&reach=department&windowDays=90`);
    expect(wide.status).toBe(403);
    const foreign = await stream(sameHall, hallScope('hall-JN-MZ-WMFW'));
    expect(foreign.status).toBe(403);
    const half = await stream(sameHall, `hallId=${mainHall}`);
    expect(half.status).toBe(400);
    expect(server.liveStreams()).toBe(0);
  });

  it('refuses a thousand streams from one account clearly, keeps the allowed ones, and audits it', async () => {
    const since = server.clock.now();
    const token = await login(server.api, 'rs-leader', 'desk-events-flood');
    const attempts = await Promise.all(
      Array.from({ length: 1000 }, () => stream(token, hallScope(mainHall))),
    );
    const opened = attempts.filter((attempt) => attempt.status === 200);
    const refused = attempts.filter((attempt) => attempt.status === 429);
    expect(opened).toHaveLength(10);
    expect(refused).toHaveLength(990);
    expect(refused[0]!.refusal?.error).toBe('too_many_streams');
    expect(refused[0]!.refusal?.message).toMatch(/at most 10/);
    expect(refused[0]!.headers.get('retry-after')).toBe('60');
    expect(server.liveStreams()).toBe(10);
    // Another account is not affected.
    const other = await stream(sameHall, hallScope(mainHall));
    expect(other.status).toBe(200);
    const audit = await readAudit(server.database, { since, user: 'rs-leader' });
    expect(audit.filter((entry) => entry.event === 'stream_refused')).toHaveLength(990);
    // A closed stream frees its place.
    opened[0]!.close();
    for (let i = 0; i < 50 && server.liveStreams() > 10; i += 1) await sleep(20);
    const again = await stream(token, hallScope(mainHall));
    expect(again.status).toBe(200);
  });

  it('removes a stream the desk closed', async () => {
    const colleague = await stream(sameHall, hallScope(mainHall));
    await colleague.waitFor('ready');
    expect(server.liveStreams()).toBe(1);
    colleague.close();
    for (let i = 0; i < 50 && server.liveStreams() > 0; i += 1) await sleep(20);
    expect(server.liveStreams()).toBe(0);
  });
});

describe.each(testBackends())('stream lifetime on %s', (backend) => {
  it('ends a stream after its lifetime and sends keep-alives meanwhile', async () => {
    const server = await startTestServer(backend, {
      streamTiming: { keepAliveMs: 100, lifetimeMs: { min: 500, max: 600 } },
    });
    try {
      const token = await login(server.api, 'rs-staff', 'desk-events-lifetime');
      const started = Date.now();
      const opened = await openTestStream(server.api, token);
      await opened.waitFor('ready');
      await opened.ended;
      expect(opened.events.filter((e) => e.event === 'comment').length).toBeGreaterThanOrEqual(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(450);
      for (let i = 0; i < 50 && server.liveStreams() > 0; i += 1) await sleep(20);
      expect(server.liveStreams()).toBe(0);
    } finally {
      await server.close();
    }
  });
});

// Several processes on one PostgreSQL: a push on one pokes streams held by another (LISTEN/NOTIFY).
describe.runIf(testBackends().includes('postgres'))('live updates across server processes', () => {
  it('pokes a stream on process B when a desk pushes to process A', async () => {
    const first = await startTestServer('postgres');
    const second = await startSecondProcess(first);
    try {
      const reader = await login(second.api, 'rs-staff2', 'desk-events-b');
      const writer = await login(first.api, 'rs-staff', 'desk-events-a');
      const opened = await openTestStream(second.api, reader, hallScope(mainHall));
      await opened.waitFor('ready');
      const foreign = await openTestStream(
        second.api,
        await login(second.api, 'mz-staff', 'desk-events-mz-b'),
      );
      await foreign.waitFor('ready');
      const started = Date.now();
      const reply = await push(first.api, writer, `client-${randomUUID()}`, [
        mutation(
          1,
          'cases',
          uuidv7(),
          caseFields(hrss, { day: first.clock.now().toISOString().slice(0, 10) }),
        ),
      ]);
      expect(reply.body.results[0]?.status).toBe('applied');
      await opened.waitFor('poke', 1, 2_000);
      expect(Date.now() - started).toBeLessThan(2_000);
      await sleep(quietMs);
      expect(foreign.events.filter((e) => e.event === 'poke')).toEqual([]);
      opened.close();
      foreign.close();
      expect(civilAffairs).not.toBe(hrss);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
