import type { OnceDeskDb } from '../../db/schema';
import { getMeta, setMeta } from '../../db/meta';
import { offlineClerks } from '../../sync/auth';
import { getSyncState, syncStateOf } from '../../sync/stores';

/** The account the desk's clerk signed in with here, so the lock screen can offer it first. */
const usernameOfDeskClerk = async (db: OnceDeskDb, staffId: string): Promise<string | null> => {
  const session = await getSyncState(db, 'session');
  if (session?.staff.id === staffId) return session.username;
  return (await offlineClerks(db)).find((clerk) => clerk.staff.id === staffId)?.username ?? null;
};

/**
 * Locks the desk (锁定). Stored in meta, so a reload shows the lock screen again. Returns false when
 * there is no desk yet (nothing to lock: set-up comes first).
 */
export const lockDesk = async (db: OnceDeskDb, now: Date): Promise<boolean> =>
  db.transaction('rw', [db.meta, syncStateOf(db)], async () => {
    const desk = await getMeta(db, 'desk');
    if (!desk) return false;
    const username = await usernameOfDeskClerk(db, desk.staffId);
    await setMeta(db, 'locked', { at: now.toISOString(), staffId: desk.staffId, username });
    return true;
  });

/** Only after a password was checked (online or against the offline verifier). */
export const clearLock = async (db: OnceDeskDb): Promise<void> => {
  await db.meta.delete('locked');
};
