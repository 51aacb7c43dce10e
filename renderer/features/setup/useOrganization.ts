import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import type { Organization } from './deskChoice';

/** The org tables seeded (or later synced) on this machine; `undefined` while loading. */
export const useOrganization = (): Organization | undefined => {
  const db = useDb();
  return useLiveQuery(
    async () => ({
      departments: await db.departments.toArray(),
      halls: await db.halls.toArray(),
      windows: await db.windows.toArray(),
      staff: await db.staff.toArray(),
    }),
    [db],
  );
};
