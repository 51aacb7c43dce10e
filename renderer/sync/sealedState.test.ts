import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretStore } from '../../shared/ipc/contract';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { getSyncState, setSyncState, syncStateOf, type SignedInSession } from './stores';

/** The shell's store as the preload exposes it, with a reversible stand-in for the OS keystore. */
const shift = (text: string, by: number) =>
  [...text].map((char) => String.fromCodePoint(char.codePointAt(0)! + by)).join('');
const fakeShellStore = (available = true): SecretStore => ({
  seal: (text) => (available ? `k1:${shift(text, 1)}` : null),
  open: (sealed) => (sealed.startsWith('k1:') ? shift(sealed.slice(3), -1) : null),
});

const shell = globalThis as { oncedeskSecrets?: SecretStore };
const opened: Dexie[] = [];
afterEach(async () => {
  delete shell.oncedeskSecrets;
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const freshDb = async (): Promise<OnceDeskDb> => {
  const db = openDatabase(`sealed-${Math.random()}`);
  opened.push(db);
  await db.open();
  return db;
};

const session: SignedInSession = {
  token: 'tok-7f3a9c',
  expiresAt: '2026-12-02T08:00:00.000Z',
  username: 'rs-wangxy',
  staff: {
    id: 'staff-1',
    name: '王晓燕',
    roles: ['staff'],
    departmentId: 'dept-rs',
  },
};

/** Everything IndexedDB holds in syncState, as a string: what a copied profile would show. */
const onDisk = async (db: OnceDeskDb) => JSON.stringify(await syncStateOf(db).toArray());

describe('secrets on the desk (docs/sync.md, "Secrets on the desk")', () => {
  it('in the desktop shell keeps the token, device id and device secret sealed, and reads them back', async () => {
    shell.oncedeskSecrets = fakeShellStore();
    const db = await freshDb();
    await setSyncState(db, 'session', session);
    await setSyncState(db, 'deviceId', 'device-42e1');
    await setSyncState(db, 'deviceSecret', 'secret-9b2d');
    await setSyncState(db, 'cursor', 17);

    const disk = await onDisk(db);
    for (const secret of ['tok-7f3a9c', 'device-42e1', 'secret-9b2d', '王晓燕'])
      expect(disk).not.toContain(secret);
    expect(disk).toContain('"value":17');
    expect(await getSyncState(db, 'session')).toEqual(session);
    expect(await getSyncState(db, 'deviceId')).toBe('device-42e1');
    expect(await getSyncState(db, 'deviceSecret')).toBe('secret-9b2d');
  });

  it('reads a value stored before sealing, and seals it at its next write', async () => {
    const db = await freshDb();
    await setSyncState(db, 'session', session);
    expect(await onDisk(db)).toContain('tok-7f3a9c');

    shell.oncedeskSecrets = fakeShellStore();
    expect(await getSyncState(db, 'session')).toEqual(session);
    await setSyncState(db, 'session', session);
    expect(await onDisk(db)).not.toContain('tok-7f3a9c');
  });

  it('treats a sealed value it cannot open as absent, so the clerk signs in again', async () => {
    shell.oncedeskSecrets = fakeShellStore();
    const db = await freshDb();
    await setSyncState(db, 'session', session);
    // The profile copied to another PC or OS account: the keystore there opens nothing of it.
    shell.oncedeskSecrets = { seal: () => null, open: () => null };
    expect(await getSyncState(db, 'session')).toBeUndefined();
    delete shell.oncedeskSecrets;
    expect(await getSyncState(db, 'session')).toBeUndefined();
  });

  it('keeps the value as it is where nothing can seal: a browser, or an OS without a keystore', async () => {
    const db = await freshDb();
    await setSyncState(db, 'deviceSecret', 'secret-9b2d');
    shell.oncedeskSecrets = fakeShellStore(false);
    await setSyncState(db, 'deviceId', 'device-42e1');
    expect(await onDisk(db)).toContain('secret-9b2d');
    expect(await onDisk(db)).toContain('device-42e1');
    expect(await getSyncState(db, 'deviceId')).toBe('device-42e1');
  });

  it('stays inside a transaction: the store is called synchronously', async () => {
    shell.oncedeskSecrets = fakeShellStore();
    const db = await freshDb();
    await db.transaction('rw', syncStateOf(db), async () => {
      await setSyncState(db, 'session', session);
      await setSyncState(db, 'cursor', 3);
      expect(await getSyncState(db, 'session')).toEqual(session);
    });
    expect(await getSyncState(db, 'cursor')).toBe(3);
  });
});
