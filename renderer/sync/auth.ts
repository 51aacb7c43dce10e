import { uuidv7 } from 'uuidv7';
import type { OnceDeskDb } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import type { SessionStaff } from '../../shared/sync/contract';
import { staffSchema } from '../../shared/domain/organization';
import { SyncRequestError, type SyncHttp } from './http';
import { refreshOrganization } from './org';
import { defaultPbkdf2Iterations, makeVerifier, matchesVerifier } from './passwordHash';
import {
  deleteSyncState,
  getSyncState,
  setSyncState,
  syncStateOf,
  verifierKey,
  type OfflineVerifier,
  type SignedInSession,
} from './stores';

/**
 * An offline unlock works for 7 days after the clerk's last online sign-in: long enough for a network
 * outage, short enough that an account disabled on the server stops opening desks that stay offline.
 */
export const offlineUnlockMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/** This desk's persistent device id, sent with every sign-in (the server binds the clientId to it). */
export const ensureDeviceId = async (db: OnceDeskDb): Promise<string> =>
  db.transaction('rw', syncStateOf(db), async () => {
    const existing = await getSyncState(db, 'deviceId');
    if (existing) return existing;
    const made = uuidv7();
    await setSyncState(db, 'deviceId', made);
    return made;
  });

/** This desk's sync client id (meta `clientId`), made once. */
export const ensureClientId = async (db: OnceDeskDb): Promise<string> =>
  db.transaction('rw', db.meta, async () => {
    const existing = await getMeta(db, 'clientId');
    if (existing) return existing;
    const made = uuidv7();
    await setMeta(db, 'clientId', made);
    return made;
  });

/**
 * The clerk who signs in belongs to another department than this desk. Nothing was stored: records
 * made at one window must never mix departments (the server would refuse them anyway).
 */
export class DepartmentMismatchError extends Error {
  constructor(
    readonly deskDepartmentId: string,
    readonly staffDepartmentId: string,
  ) {
    super(`desk of ${deskDepartmentId}, clerk of ${staffDepartmentId}`);
    this.name = 'DepartmentMismatchError';
  }
}

/**
 * The signed-in clerk takes the desk: new records carry their id. Their row goes into the local
 * `staff` reference table too (the org tables are seeded, not synced), so the shell can show the name
 * and role of an account the seed never knew. Call inside a transaction over meta and staff.
 */
export const takeDesk = async (db: OnceDeskDb, staff: SessionStaff): Promise<void> => {
  const person = staffSchema.parse(staff);
  const desk = await getMeta(db, 'desk');
  if (desk && desk.departmentId !== person.departmentId)
    throw new DepartmentMismatchError(desk.departmentId, person.departmentId);
  await db.staff.put(person);
  if (desk && desk.staffId !== person.id) await setMeta(db, 'desk', { ...desk, staffId: person.id });
};

export type SignInOptions = { iterations?: number; now: Date };

/**
 * Online sign-in. Stores the token, and a PBKDF2 verifier of the password (random salt) so the same
 * clerk can unlock this desk later without the server. Errors from the server propagate
 * (SyncRequestError: unauthorized, tooManyAttempts, network); a clerk of another department than the
 * desk's is refused with DepartmentMismatchError and leaves no session or verifier behind. Then the
 * clerk's department, halls and windows are fetched into the local reference tables (see org.ts).
 */
export const signIn = async (
  db: OnceDeskDb,
  http: SyncHttp,
  username: string,
  password: string,
  options: SignInOptions,
): Promise<SignedInSession> => {
  const deviceId = await ensureDeviceId(db);
  // null asks the server for a secret (first sign-in of this desk); the desk proves itself with it after.
  const deviceSecret = (await getSyncState(db, 'deviceSecret')) ?? null;
  const response = await http
    .login({ username, password, deviceId, deviceSecret })
    .catch(async (error: unknown) => {
      // The server says the account is disabled: it must not keep opening this desk offline either.
      if (isAccountDisabled(error)) await syncStateOf(db).delete(verifierKey(username));
      throw error;
    });
  const verifier: OfflineVerifier = {
    username,
    staff: response.staff,
    ...(await makeVerifier(password, options.iterations ?? defaultPbkdf2Iterations)),
    signedInAt: options.now.toISOString(),
  };
  const session: SignedInSession = { ...response, username };
  await db.transaction('rw', [syncStateOf(db), db.meta, db.staff], async () => {
    await takeDesk(db, response.staff);
    await syncStateOf(db).put({ key: verifierKey(username), value: verifier });
    await setSyncState(db, 'session', session);
    if (response.deviceSecret) await setSyncState(db, 'deviceSecret', response.deviceSecret);
  });
  // Best effort: an older server has no /org, and the desk can still use the halls it already knows.
  await refreshOrganization(db, http, response.token).catch(() => false);
  return session;
};

const storedVerifier = async (db: OnceDeskDb, username: string): Promise<OfflineVerifier | undefined> =>
  (await syncStateOf(db).get(verifierKey(username)))?.value as OfflineVerifier | undefined;

/** Whether this clerk ever signed in on this desk, i.e. could unlock it without the server. */
export const hasOfflineVerifier = async (db: OnceDeskDb, username: string): Promise<boolean> =>
  (await storedVerifier(db, username)) !== undefined;

/** Everyone who signed in on this desk and so may unlock it offline, with the account they used. */
export const offlineClerks = async (db: OnceDeskDb): Promise<{ username: string; staff: SessionStaff }[]> =>
  (await syncStateOf(db).where('key').startsWith(verifierKey('')).toArray()).map((entry) => {
    const { username, staff } = entry.value as OfflineVerifier;
    return { username, staff };
  });

/**
 * Offline unlock by a clerk who signed in on this desk before. Returns the staff on success, null on a
 * wrong password or an unknown clerk (DepartmentMismatchError for a clerk of another department). The
 * server token (maybe expired) is kept when it is this clerk's: sync asks for a new sign-in when it needs
 * one, offline work is never blocked. Another clerk's token is dropped, or this clerk's work would go
 * up under the previous clerk's name; sync then waits for this clerk's online sign-in.
 */
const isAccountDisabled = (error: unknown): boolean =>
  error instanceof SyncRequestError &&
  error.detail.kind === 'server' &&
  error.detail.error === 'account_disabled';

const isFresh = (verifier: OfflineVerifier, now: Date): boolean => {
  const at = verifier.signedInAt === undefined ? Number.NaN : Date.parse(verifier.signedInAt);
  return Number.isFinite(at) && now.getTime() - at <= offlineUnlockMaxAgeMs;
};

/** Whether this clerk could unlock offline now: never signed in here, too long ago, or yes. */
export const offlineUnlockState = async (
  db: OnceDeskDb,
  username: string,
  now: Date,
): Promise<'none' | 'expired' | 'valid'> => {
  const stored = await storedVerifier(db, username);
  if (!stored) return 'none';
  return isFresh(stored, now) ? 'valid' : 'expired';
};

export const unlockOffline = async (
  db: OnceDeskDb,
  username: string,
  password: string,
  now: Date,
): Promise<SessionStaff | null> => {
  const stored = await storedVerifier(db, username);
  if (!stored || !isFresh(stored, now)) return null;
  if (!(await matchesVerifier(password, stored))) return null;
  await db.transaction('rw', [syncStateOf(db), db.meta, db.staff], async () => {
    await takeDesk(db, stored.staff);
    const session = await getSyncState(db, 'session');
    if (session && session.staff.id !== stored.staff.id) await deleteSyncState(db, 'session');
  });
  return stored.staff;
};

export const signOut = async (db: OnceDeskDb): Promise<void> => deleteSyncState(db, 'session');

/**
 * Whether to try the stored token. Its expiry is not compared with this desk's clock: desk clocks can be
 * a day off, so the server's 401 is what sends the clerk back to the sign-in.
 */
export const hasSession = (session: SignedInSession | undefined): session is SignedInSession =>
  session !== undefined;
