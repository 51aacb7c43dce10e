import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta } from '../db/meta';
import { useDb } from './DbContext';
import type { Desk } from '../../shared/domain/organization';

/** This desk's set-up, or `null` before first-run set-up, or `undefined` while loading. */
export const useDesk = (): Desk | null | undefined => {
  const db = useDb();
  return useLiveQuery(async () => (await getMeta(db, 'desk')) ?? null, [db]);
};
