import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta } from '../db/meta';
import { useDb } from './DbContext';
import type { Department, Desk, Hall, ServiceWindow, Staff } from '../../shared/domain/organization';

/** The desk with the names the screens show; any part may be missing if the org tables changed. */
export type DeskDetails = {
  desk: Desk;
  department: Department | undefined;
  hall: Hall | undefined;
  window: ServiceWindow | undefined;
  clerk: Staff | undefined;
};

/** `null` before first-run set-up, `undefined` while loading. */
export const useDeskDetails = (): DeskDetails | null | undefined => {
  const db = useDb();
  return useLiveQuery(async () => {
    const desk = await getMeta(db, 'desk');
    if (!desk) return null;
    const [department, hall, window, clerk] = await Promise.all([
      db.departments.get(desk.departmentId),
      db.halls.get(desk.hallId),
      db.windows.get(desk.windowId),
      db.staff.get(desk.staffId),
    ]);
    return { desk, department, hall, window, clerk };
  }, [db]);
};
