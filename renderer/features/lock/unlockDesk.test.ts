import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../../db/schema';
import { getMeta, setMeta } from '../../db/meta';
import { SyncEngine } from '../../sync/engine';
import type { FetchLike } from '../../sync/http';
import { getSyncState } from '../../sync/stores';
import type { Desk } from '../../../shared/domain/organization';
import { clearLock, lockDesk } from './lockState';
import { unlockDesk } from './unlockDesk';

const now = new Date('2026-11-27T02:00:00.000Z');
const desk = { departmentId: 'dept-JN-RS', hallId: 'h', windowId: 'w', staffId: 'staff-1' } as Desk;
const accounts: Record<string, { password: string; staff: Record<string, unknown> }> = {
  'rs-staff': {
    password: 'oncedesk-demo',
    staff: { id: 'staff-JN-RS-001', name: '王晓燕', roles: ['staff'], departmentId: 'dept-JN-RS' },
  },
  'rs-staff2': {
    password: 'oncedesk-demo',
    staff: { id: 'staff-JN-RS-002', name: '李振华', roles: ['staff'], departmentId: 'dept-JN-RS' },
  },
  'mz-staff': {
    password: 'oncedesk-demo',
    staff: { id: 'staff-JN-MZ-001', name: '孟凡英', roles: ['staff'], departmentId: 'dept-JN-MZ' },
  },
};

let serverUp = true;
let tooMany = false;
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A login endpoint like the server's; pull/push answer as an empty server, so a sync run succeeds. */
const fakeFetch: FetchLike = (input, init) => {
  if (!serverUp) return Promise.reject(new TypeError('Failed to fetch'));
  if (input.endsWith('/auth/login')) {
    if (tooMany) return Promise.resolve(json(429, { error: 'too_many_attempts', message: 'later' }));
    const { username, password } = JSON.parse(init?.body as string) as Record<string, string>;
    const account = accounts[username!];
    if (!account || account.password !== password)
      return Promise.resolve(json(401, { error: 'unauthorized', message: 'bad credentials' }));
    return Promise.resolve(
      json(200, { token: `tok-${username}`, expiresAt: '2026-11-27T14:00:00.000Z', staff: account.staff }),
    );
  }
  if (input.includes('/sync/push')) return Promise.resolve(json(200, { lastSeq: 0, results: [] }));
  return Promise.resolve(json(200, { rows: [], cursor: 0, hasMore: false, schemaVersion: 1 }));
};

let db: OnceDeskDb;
let engine: SyncEngine;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  serverUp = true;
  tooMany = false;
  db = openDatabase(`unlock-test-${counter}`);
  await setMeta(db, 'desk', desk);
  engine = new SyncEngine({ db, fetch: fakeFetch, now: () => now, pbkdf2Iterations: 1000 });
  await engine.setServerUrl('http://sync.test');
});

afterEach(async () => {
  // An online unlock starts a sync run in the background: let it finish before the database goes.
  await engine.sync();
  db.close();
  await db.delete();
});

describe('lock state', () => {
  it('survives closing and reopening the database (a reload), naming the clerk who locked', async () => {
    await engine.signIn('rs-staff', 'oncedesk-demo');
    expect(await lockDesk(db, now)).toBe(true);
    // A second connection reads what is stored, as the page does after a reload.
    const reloaded = openDatabase(db.name);
    expect(await getMeta(reloaded, 'locked')).toEqual({
      at: now.toISOString(),
      staffId: 'staff-JN-RS-001',
      username: 'rs-staff',
    });
    await clearLock(reloaded);
    reloaded.close();
    expect(await getMeta(db, 'locked')).toBeUndefined();
  });

  it('has nothing to lock before set-up', async () => {
    await db.meta.delete('desk');
    expect(await lockDesk(db, now)).toBe(false);
    expect(await getMeta(db, 'locked')).toBeUndefined();
  });
});

describe('unlocking', () => {
  beforeEach(async () => {
    await engine.signIn('rs-staff', 'oncedesk-demo');
    await lockDesk(db, now);
  });

  it('online: another clerk of the department takes the desk and gets their own token', async () => {
    const result = await unlockDesk(db, engine, 'rs-staff2', 'oncedesk-demo', now);
    expect(result).toMatchObject({ ok: true, via: 'online', staff: { name: '李振华' } });
    expect(await getMeta(db, 'locked')).toBeUndefined();
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-JN-RS-002');
    expect((await getSyncState(db, 'session'))?.token).toBe('tok-rs-staff2');
    expect((await db.staff.get('staff-JN-RS-002' as never))?.name).toBe('李振华');
  });

  it('online: a wrong password, too many attempts or another department keep the desk locked', async () => {
    expect(await unlockDesk(db, engine, 'rs-staff', 'wrong', now)).toEqual({
      ok: false,
      problem: { kind: 'wrongPassword' },
    });
    expect(await unlockDesk(db, engine, 'mz-staff', 'oncedesk-demo', now)).toEqual({
      ok: false,
      problem: {
        kind: 'departmentMismatch',
        deskDepartmentId: 'dept-JN-RS',
        staffDepartmentId: 'dept-JN-MZ',
      },
    });
    tooMany = true;
    expect(await unlockDesk(db, engine, 'rs-staff', 'oncedesk-demo', now)).toEqual({
      ok: false,
      problem: { kind: 'tooManyAttempts' },
    });
    expect(await getMeta(db, 'locked')).toBeDefined();
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-JN-RS-001');
  });

  it('offline: only a clerk who signed in here, with the same password', async () => {
    serverUp = false;
    expect(await unlockDesk(db, engine, 'rs-staff', 'wrong', now)).toEqual({
      ok: false,
      offline: 'wrongPassword',
    });
    expect(await unlockDesk(db, engine, 'rs-staff2', 'oncedesk-demo', now)).toEqual({
      ok: false,
      offline: 'neverSignedIn',
    });
    expect(await getMeta(db, 'locked')).toBeDefined();
    expect(engine.status.get().online).toBe(false);
    expect(await unlockDesk(db, engine, 'rs-staff', 'oncedesk-demo', now)).toMatchObject({
      ok: true,
      via: 'offline',
    });
    expect(await getMeta(db, 'locked')).toBeUndefined();
    // Same clerk: the token stays, sync resumes with it once the server is back.
    expect((await getSyncState(db, 'session'))?.token).toBe('tok-rs-staff');
  });
});
