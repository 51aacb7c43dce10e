import type { OnceDeskDb } from '../../db/schema';
import type { SessionStaff } from '../../../shared/sync/contract';
import { offlineUnlockState, unlockOffline } from '../../sync/auth';
import type { SyncEngine } from '../../sync/engine';
import { signInProblemOf, type SignInProblem } from '../sync/signInProblem';
import { clearLock } from './lockState';

export type UnlockResult =
  | { ok: true; via: 'online' | 'offline'; staff: SessionStaff }
  | { ok: false; problem: SignInProblem }
  | { ok: false; offline: 'neverSignedIn' | 'expired' | 'wrongPassword' };

export type Unlocker = Pick<SyncEngine, 'signIn' | 'load' | 'sync' | 'markOffline'>;

/**
 * Unlocks with a username and password: the server decides when it answers (a new token, and the
 * clerk takes the desk); only when it cannot be reached does the offline verifier decide, and only
 * for a clerk who signed in on this desk within the last 7 days (offlineUnlockMaxAgeMs). A wrong password the server refused is never retried
 * offline: the server's answer is the newer one (the password may have been changed there).
 */
export const unlockDesk = async (
  db: OnceDeskDb,
  engine: Unlocker,
  username: string,
  password: string,
  now: Date,
): Promise<UnlockResult> => {
  try {
    const session = await engine.signIn(username, password);
    await clearLock(db);
    void engine.sync();
    return { ok: true, via: 'online', staff: session.staff };
  } catch (error) {
    const problem = signInProblemOf(error);
    if (problem.kind !== 'unreachable') return { ok: false, problem };
  }
  engine.markOffline();
  const state = await offlineUnlockState(db, username, now);
  if (state === 'none') return { ok: false, offline: 'neverSignedIn' };
  if (state === 'expired') return { ok: false, offline: 'expired' };
  let staff: SessionStaff | null;
  try {
    staff = await unlockOffline(db, username, password, now);
  } catch (error) {
    return { ok: false, problem: signInProblemOf(error) };
  }
  if (!staff) return { ok: false, offline: 'wrongPassword' };
  await clearLock(db);
  await engine.load();
  return { ok: true, via: 'offline', staff };
};
