import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { getMeta, type MetaValues } from '../../db/meta';
import { offlineClerks } from '../../sync/auth';
import { useSyncStatus } from '../sync/SyncContext';
import { lockDesk } from './lockState';

/** The stored lock, `null` when unlocked, `undefined` while loading. */
export const useLockState = (): MetaValues['locked'] | null | undefined => {
  const db = useDb();
  return useLiveQuery(async () => (await getMeta(db, 'locked')) ?? null, [db]);
};

/**
 * What 锁定 means on this desk.
 * - `lock`: the desk syncs with a server and someone signed in here, so passwords exist to unlock with
 *   (online, or offline against the stored verifier).
 * - `switch`: a standalone desk has no passwords at all; a lock that any passer-by could open with the
 *   clerk picker would only look like security. It gets 换人 instead: the clerk picker, honestly named.
 * - `none`: a server is set but nobody has signed in here yet; a lock then could strand the desk when
 *   the server is down, so neither is offered until the first sign-in.
 */
export type LockMode = 'lock' | 'switch' | 'none';

export const useLockAction = () => {
  const db = useDb();
  const { configured } = useSyncStatus();
  const signedInHere = useLiveQuery(async () => (await offlineClerks(db)).length > 0, [db]);
  const mode: LockMode = !configured ? 'switch' : signedInHere ? 'lock' : 'none';
  const [switching, setSwitching] = useState(false);

  const act = useCallback(() => {
    if (mode === 'lock') void lockDesk(db, new Date());
    else if (mode === 'switch') setSwitching(true);
  }, [db, mode]);

  return { mode, act, switching, closeSwitch: () => setSwitching(false) };
};

export type LockAction = ReturnType<typeof useLockAction>;
