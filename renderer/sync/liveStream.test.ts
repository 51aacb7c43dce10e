import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { SyncEngine } from './engine';
import type { FetchLike } from './http';
import { attachLiveStream } from './liveStream';
import { setSyncState } from './stores';

let db: OnceDeskDb;
let counter = 0;

const session = (token: string) => ({
  token,
  expiresAt: '2026-11-27T14:00:00.000Z',
  username: 'u',
  staff: { id: 's1', name: '周九', roles: ['staff' as const], departmentId: 'd1' },
});

/** A stream body the test writes events into and ends. */
const sseBody = () => {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  const encoder = new TextEncoder();
  return {
    body,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
};

type Timer = { callback: () => void; ms: number; cleared: boolean };

const harness = (answers: (() => Response | Promise<Response>)[]) => {
  const requests: { url: string; auth: string | null }[] = [];
  const timers: Timer[] = [];
  const fetchStub: FetchLike = async (input, init) => {
    requests.push({ url: input, auth: new Headers(init?.headers).get('authorization') });
    const next = answers.shift();
    if (!next) throw new TypeError('fetch failed');
    return next();
  };
  const engine = new SyncEngine({ db, fetch: fetchStub, now: () => new Date('2026-11-27T02:00:00.000Z') });
  const pokes: number[] = [];
  const stop = attachLiveStream({
    db,
    engine,
    fetch: fetchStub,
    random: () => 0.5,
    onPoke: () => pokes.push(Date.now()),
    timers: {
      setTimeout: (callback, ms) => timers.push({ callback, ms, cleared: false }) - 1,
      clearTimeout: (handle) => {
        const timer = timers[handle as number];
        if (timer) timer.cleared = true;
      },
    },
  });
  /** The reconnect waits scheduled so far (idle watchdogs are 60 s and left out). */
  const waits = () => timers.filter((timer) => timer.ms !== 60_000 && !timer.cleared);
  const fire = (timer: Timer) => {
    timer.cleared = true;
    timer.callback();
  };
  return { requests, timers, waits, fire, pokes, stop, engine };
};

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`live-stream-test-${counter}`);
  await setSyncState(db, 'serverUrl', 'http://sync.test');
  await setSyncState(db, 'session', session('t1'));
});

afterEach(async () => {
  await db.delete();
});

describe('the desk’s live-update stream', () => {
  it('opens one stream with the token and pulls on ready and on every poke', async () => {
    const stream = sseBody();
    const live = harness([() => new Response(stream.body, { status: 200 })]);
    await vi.waitFor(() => expect(live.requests).toHaveLength(1));
    expect(live.requests[0]!.url).toMatch(/^http:\/\/sync\.test\/api\/v1\/sync\/events\?clientId=/);
    expect(live.requests[0]!.auth).toBe('Bearer t1');
    stream.send('event: ready\ndata: {}\n\n: keep-alive\n\nevent: po');
    await vi.waitFor(() => expect(live.pokes).toHaveLength(1));
    stream.send('ke\ndata: {}\n\n');
    await vi.waitFor(() => expect(live.pokes).toHaveLength(2));
    live.engine.status.update({ pending: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(live.requests).toHaveLength(1);
    live.stop();
  });

  it('reconnects after failures with growing, jittered waits', async () => {
    const live = harness([]);
    const seen: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await vi.waitFor(() => expect(live.waits()).toHaveLength(1));
      const wait = live.waits()[0]!;
      seen.push(wait.ms);
      live.fire(wait);
    }
    // Half fixed plus half random (0.5 here) of 1, 2, 4 … s, capped at 60 s.
    expect(seen).toEqual([750, 1500, 3000, 6000, 12000, 24000, 45000, 45000]);
    expect(live.requests).toHaveLength(8);
    live.stop();
  });

  it('waits at least the server’s Retry-After when it refuses the stream', async () => {
    const live = harness([
      () =>
        Response.json(
          { error: 'too_many_streams', message: 'x' },
          { status: 429, headers: { 'retry-after': '60' } },
        ),
    ]);
    await vi.waitFor(() => expect(live.waits()).toHaveLength(1));
    expect(live.waits()[0]!.ms).toBe(75_000);
    live.stop();
  });

  it('stops on a refused token and opens again once the clerk signed in anew', async () => {
    const stream = sseBody();
    const live = harness([
      () => Response.json({ error: 'unauthorized', message: 'x' }, { status: 401 }),
      () => new Response(stream.body, { status: 200 }),
    ]);
    await vi.waitFor(() => expect(live.requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // No retry with the refused token, however often the status changes.
    live.engine.status.update({ pending: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(live.waits()).toHaveLength(0);
    expect(live.requests).toHaveLength(1);
    await setSyncState(db, 'session', session('t2'));
    live.engine.status.update({ needsSignIn: false, staff: session('t2').staff, configured: true });
    await vi.waitFor(() => expect(live.requests).toHaveLength(2));
    expect(live.requests[1]!.auth).toBe('Bearer t2');
    live.stop();
  });

  it('opens the next stream soon after the server ended a long one', async () => {
    const stream = sseBody();
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1_000_000);
    const live = harness([() => new Response(stream.body, { status: 200 })]);
    await vi.waitFor(() => expect(live.requests).toHaveLength(1));
    stream.send('event: ready\ndata: {}\n\n');
    await vi.waitFor(() => expect(live.pokes).toHaveLength(1));
    now.mockReturnValue(1_000_000 + 12 * 60_000);
    stream.end();
    await vi.waitFor(() => expect(live.waits()).toHaveLength(1));
    expect(live.waits()[0]!.ms).toBe(1_000);
    now.mockRestore();
    live.stop();
  });

  it('says in the sync status whether a stream is open, for the sync panel', async () => {
    const stream = sseBody();
    const live = harness([
      () => Response.json({ error: 'busy', message: 'x' }, { status: 503, headers: { 'retry-after': '5' } }),
      () => new Response(stream.body, { status: 200 }),
    ]);
    await vi.waitFor(() => expect(live.waits()).toHaveLength(1));
    // Refused: not connected (the panel says 按定时同步).
    expect(live.engine.status.get().live).toBe(false);
    live.fire(live.waits()[0]!);
    await vi.waitFor(() => expect(live.engine.status.get().live).toBe(true));
    stream.send('event: ready\ndata: {}\n\n');
    await vi.waitFor(() => expect(live.pokes).toHaveLength(1));
    stream.end();
    await vi.waitFor(() => expect(live.engine.status.get().live).toBe(false));
    // Saying so did not make it reconnect at once: the next attempt waits its backoff.
    expect(live.requests).toHaveLength(2);
    expect(live.waits()).toHaveLength(1);
    live.stop();
  });
});
