import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import { signIn, unlockOffline } from './auth';
import { getSyncState } from './stores';
import type { SyncHttp } from './http';
import type { Desk } from '../../shared/domain/organization';

let db: OnceDeskDb;
let counter = 0;
const now = new Date('2026-11-27T02:00:00.000Z');
const staff = { id: 'staff-9', name: '孙八', roles: ['staff' as const], departmentId: 'dept-JN-RS' };
const logins: unknown[] = [];
const http: SyncHttp = {
  health: () => Promise.reject(new Error('unused')),
  login: (request) => {
    logins.push(request);
    return Promise.resolve({ token: 'tok', expiresAt: '2026-11-27T14:00:00.000Z' as never, staff });
  },
  push: () => Promise.reject(new Error('unused')),
  pull: () => Promise.reject(new Error('unused')),
};

beforeEach(async () => {
  counter += 1;
  logins.length = 0;
  db = openDatabase(`auth-test-${counter}`);
  await setMeta(db, 'desk', {
    departmentId: 'dept-JN-RS',
    hallId: 'h',
    windowId: 'w',
    staffId: 'staff-1',
  } as Desk);
});

afterEach(async () => {
  await db.delete();
});

describe('sign-in', () => {
  it('signs in online with a persistent device id and makes the clerk the desk staff', async () => {
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    const [first, second] = logins as { deviceId: string }[];
    expect(first!.deviceId).toBe(second!.deviceId);
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-9');
    expect((await getSyncState(db, 'session'))?.token).toBe('tok');
    const stored = JSON.stringify(await db.table('syncState').toArray());
    expect(stored).not.toContain('secret-pass');
  });

  it('unlocks offline with the same password only', async () => {
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    await setMeta(db, 'desk', {
      departmentId: 'dept-JN-RS',
      hallId: 'h',
      windowId: 'w',
      staffId: 'staff-1',
    } as Desk);
    expect(await unlockOffline(db, 'sunba', 'wrong-pass')).toBeNull();
    expect(await unlockOffline(db, 'nobody', 'secret-pass')).toBeNull();
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-1');
    expect(await unlockOffline(db, 'sunba', 'secret-pass')).toEqual(staff);
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-9');
  });
});
