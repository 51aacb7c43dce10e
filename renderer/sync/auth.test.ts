import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import {
  DepartmentMismatchError,
  hasOfflineVerifier,
  offlineClerks,
  offlineUnlockState,
  signIn,
  unlockOffline,
} from './auth';
import { SyncRequestError } from './http';
import { getSyncState } from './stores';
import type { SyncHttp } from './http';
import type { Desk } from '../../shared/domain/organization';
import type { SessionStaff } from '../../shared/sync/contract';

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
    expect(await unlockOffline(db, 'sunba', 'wrong-pass', now)).toBeNull();
    expect(await unlockOffline(db, 'nobody', 'secret-pass', now)).toBeNull();
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-1');
    expect(await unlockOffline(db, 'sunba', 'secret-pass', now)).toEqual(staff);
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-9');
  });
});

describe('the clerk takes the desk', () => {
  const otherDepartment = { ...staff, id: 'staff-MZ-9', departmentId: 'dept-JN-MZ' };
  const httpAs = (person: SessionStaff): SyncHttp => ({
    ...http,
    login: () =>
      Promise.resolve({
        token: `tok-${person.id}`,
        expiresAt: '2026-11-27T14:00:00.000Z' as never,
        staff: person,
      }),
  });

  it('upserts the signed-in clerk into the local staff table, with or without a desk', async () => {
    expect(await db.staff.get('staff-9' as never)).toBeUndefined();
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    expect(await db.staff.get('staff-9' as never)).toEqual(staff);

    await db.meta.delete('desk');
    const renamed = { ...staff, id: 'staff-10', name: '周九', roles: ['leader' as const] };
    await signIn(db, httpAs(renamed), 'zhoujiu', 'secret-pass', { now, iterations: 1000 });
    expect(await db.staff.get('staff-10' as never)).toEqual(renamed);
    expect(await getMeta(db, 'desk')).toBeUndefined();
  });

  it('refuses a clerk of another department and stores nothing of theirs', async () => {
    await expect(
      signIn(db, httpAs(otherDepartment), 'mz', 'secret-pass', { now, iterations: 1000 }),
    ).rejects.toMatchObject({
      name: 'DepartmentMismatchError',
      deskDepartmentId: 'dept-JN-RS',
      staffDepartmentId: 'dept-JN-MZ',
    });
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-1');
    expect(await getSyncState(db, 'session')).toBeUndefined();
    expect(await hasOfflineVerifier(db, 'mz')).toBe(false);
    expect(await db.staff.get('staff-MZ-9' as never)).toBeUndefined();
  });

  it('refuses an offline unlock by a clerk of another department after the desk was set up again', async () => {
    await db.meta.delete('desk');
    await signIn(db, httpAs(otherDepartment), 'mz', 'secret-pass', { now, iterations: 1000 });
    await setMeta(db, 'desk', {
      departmentId: 'dept-JN-RS',
      hallId: 'h',
      windowId: 'w',
      staffId: 'staff-1',
    } as Desk);
    await expect(unlockOffline(db, 'mz', 'secret-pass', now)).rejects.toBeInstanceOf(DepartmentMismatchError);
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-1');
  });

  it('drops the previous clerk’s token when another clerk unlocks offline, keeps it for the same clerk', async () => {
    const colleague = { ...staff, id: 'staff-11', name: '吴十' };
    await signIn(db, httpAs(colleague), 'wushi', 'other-pass', { now, iterations: 1000 });
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    expect(await unlockOffline(db, 'sunba', 'secret-pass', now)).toEqual(staff);
    expect((await getSyncState(db, 'session'))?.token).toBe('tok');

    expect(await unlockOffline(db, 'wushi', 'other-pass', now)).toEqual(colleague);
    expect(await getSyncState(db, 'session')).toBeUndefined();
    expect((await getMeta(db, 'desk'))?.staffId).toBe('staff-11');
    expect((await offlineClerks(db)).map((clerk) => clerk.username).sort()).toEqual(['sunba', 'wushi']);
  });
});

describe('device secret and account state', () => {
  it('asks for a device secret at the first sign-in, keeps it, and proves the device with it after', async () => {
    const issuing: SyncHttp = {
      ...http,
      login: (request) => {
        logins.push(request);
        return Promise.resolve({
          token: 'tok',
          expiresAt: '2026-11-27T14:00:00.000Z' as never,
          staff,
          ...(request.deviceSecret === null ? { deviceSecret: 'issued-secret' } : {}),
        });
      },
    };
    await signIn(db, issuing, 'sunba', 'secret-pass', { now, iterations: 1000 });
    await signIn(db, issuing, 'sunba', 'secret-pass', { now, iterations: 1000 });
    const [first, second] = logins as { deviceSecret?: string | null }[];
    expect(first!.deviceSecret).toBeNull();
    expect(second!.deviceSecret).toBe('issued-secret');
  });

  it('wipes the offline unlock of an account the server says is disabled', async () => {
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    const refusing: SyncHttp = {
      ...http,
      login: () =>
        Promise.reject(
          new SyncRequestError({
            kind: 'server',
            status: 403,
            error: 'account_disabled',
            message: 'This account has been disabled.',
          }),
        ),
    };
    await expect(signIn(db, refusing, 'sunba', 'secret-pass', { now, iterations: 1000 })).rejects.toThrow();
    expect(await hasOfflineVerifier(db, 'sunba')).toBe(false);
    expect(await unlockOffline(db, 'sunba', 'secret-pass', now)).toBeNull();
  });

  it('lets the offline unlock expire 7 days after the last online sign-in', async () => {
    await signIn(db, http, 'sunba', 'secret-pass', { now, iterations: 1000 });
    const day = 24 * 60 * 60 * 1000;
    expect(await offlineUnlockState(db, 'sunba', new Date(now.getTime() + 7 * day - 1000))).toBe('valid');
    expect(await unlockOffline(db, 'sunba', 'secret-pass', new Date(now.getTime() + 7 * day - 1000))).toEqual(
      staff,
    );
    const late = new Date(now.getTime() + 7 * day + 1000);
    expect(await offlineUnlockState(db, 'sunba', late)).toBe('expired');
    expect(await unlockOffline(db, 'sunba', 'secret-pass', late)).toBeNull();
    expect(await offlineUnlockState(db, 'nobody', late)).toBe('none');
  });
});
