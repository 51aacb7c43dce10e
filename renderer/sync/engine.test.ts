import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { SyncEngine } from './engine';
import { attachSyncTriggers } from './triggers';
import { getSyncState, setSyncState } from './stores';
import type { FetchLike } from './http';

let db: OnceDeskDb;
let counter = 0;
let active = 0;
let maxActive = 0;
let pulls = 0;
let offline = false;
/** Seconds of Retry-After for the next pulls answered 503; 0 answers normally. */
let busyFor = 0;

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const fetchStub: FetchLike = async (input) => {
  if (offline) throw new TypeError('fetch failed');
  active += 1;
  maxActive = Math.max(maxActive, active);
  await new Promise((resolve) => setTimeout(resolve, 5));
  active -= 1;
  if (input.includes('/health')) return json({ ok: true, serverVersion: 't', schemaVersion: 1 });
  pulls += 1;
  if (busyFor > 0) {
    return new Response(
      JSON.stringify({ error: 'busy', message: 'The server is busy; try again shortly.' }),
      {
        status: 503,
        headers: { 'content-type': 'application/json', 'retry-after': String(busyFor) },
      },
    );
  }
  return json({ rows: [], cursor: 0, hasMore: false, schemaVersion: 1 });
};

const engineFor = () =>
  new SyncEngine({ db, fetch: fetchStub, now: () => new Date('2026-11-27T02:00:00.000Z') });

beforeEach(async () => {
  counter += 1;
  active = maxActive = pulls = 0;
  offline = false;
  busyFor = 0;
  db = openDatabase(`engine-test-${counter}`);
  await setSyncState(db, 'serverUrl', 'http://sync.test');
  await setSyncState(db, 'session', {
    token: 't',
    expiresAt: '2026-11-27T14:00:00.000Z',
    username: 'u',
    staff: { id: 's1', name: '周九', roles: ['staff'], departmentId: 'd1' },
  });
});

afterEach(async () => {
  await db.delete();
});

describe('SyncEngine', () => {
  it('runs one sync at a time; requests during a run make exactly one more', async () => {
    const engine = engineFor();
    const outcomes = await Promise.all([engine.sync(), engine.sync(), engine.sync()]);
    expect(outcomes).toEqual(['synced', 'synced', 'synced']);
    expect(maxActive).toBe(1);
    expect(pulls).toBe(2);
  });

  it('does nothing without a server address (offline demo)', async () => {
    await db.table('syncState').delete('serverUrl');
    expect(await engineFor().sync()).toBe('notConfigured');
    expect(pulls).toBe(0);
  });
});

describe('sign-out', () => {
  it('revokes the token on the server, then forgets it here', async () => {
    const calls: { url: string; method: string; auth: string | null }[] = [];
    const engine = new SyncEngine({
      db,
      fetch: (input, init) => {
        calls.push({
          url: input,
          method: init?.method ?? 'GET',
          auth: new Headers(init?.headers).get('authorization'),
        });
        return Promise.resolve(json({ ok: true }));
      },
      now: () => new Date('2026-11-27T02:00:00.000Z'),
    });
    expect(await engine.signOut()).toBe('revoked');
    expect(calls).toEqual([{ url: 'http://sync.test/api/v1/auth/logout', method: 'POST', auth: 'Bearer t' }]);
    expect(await getSyncState(db, 'session')).toBeUndefined();
    expect(engine.status.get()).toMatchObject({ staff: null, needsSignIn: true });
  });

  it('still signs out here when the server cannot be reached, and says so', async () => {
    offline = true;
    const engine = engineFor();
    expect(await engine.signOut()).toBe('localOnly');
    expect(await getSyncState(db, 'session')).toBeUndefined();
  });
});

describe('attachSyncTriggers', () => {
  it('syncs at start-up, on online, and probes /health with backoff while offline', async () => {
    const engine = engineFor();
    const timers: { callback: () => void; ms: number }[] = [];
    const events = new EventTarget();
    offline = true;
    const stop = attachSyncTriggers({
      db,
      engine,
      events,
      timers: {
        setTimeout: (callback, ms) => timers.push({ callback, ms }) - 1,
        clearTimeout: () => undefined,
      },
    });
    // Waits for the first run to end (bounded), not a fixed 50 ms that a loaded machine overruns.
    await vi.waitFor(() => expect(timers.filter((timer) => timer.ms === 2000)).toHaveLength(1), {
      timeout: 5000,
    });
    expect(engine.status.get().online).toBe(false);
    const probes = timers.filter((timer) => timer.ms === 2000);
    offline = false;
    probes[0]!.callback();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(engine.status.get().online).toBe(true);
    expect(pulls).toBe(1);
    events.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulls).toBe(2);
    // The run's last status write must land before afterEach deletes the database.
    await vi.waitFor(() => expect(engine.status.get().running).toBe(false), { timeout: 5000 });
    stop();
  });

  it('waits out a 503 for its Retry-After plus jitter, then runs again', async () => {
    const engine = engineFor();
    const timers: { callback: () => void; ms: number }[] = [];
    busyFor = 4;
    const stop = attachSyncTriggers({
      db,
      engine,
      events: new EventTarget(),
      timers: {
        setTimeout: (callback, ms) => timers.push({ callback, ms }) - 1,
        clearTimeout: () => undefined,
      },
      random: () => 0.5,
    });
    // 4 s from the server, stretched by up to half again so a hall's desks do not return together.
    await vi.waitFor(() => expect(timers.filter((timer) => timer.ms === 5000)).toHaveLength(1), {
      timeout: 5000,
    });
    expect(engine.status.get()).toMatchObject({ online: true, lastError: { code: 'busy' } });
    const retry = timers.filter((timer) => timer.ms === 5000);
    busyFor = 0;
    retry[0]!.callback();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(engine.status.get().lastError).toBeNull();
    expect(pulls).toBe(2);
    // The run's last status write must land before afterEach deletes the database.
    await vi.waitFor(() => expect(engine.status.get().running).toBe(false), { timeout: 5000 });
    stop();
  });
});
