import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../../shared/domain/case';
import { useDb } from '../../../app/DbContext';

export type CaseDesk = {
  departmentName: string;
  hall: { name: string; address: string };
  windowNumber: number | null;
  clerkName: string;
};

/**
 * Names of the desk that handled a case (not necessarily this desk: a case may have synced from
 * another window). Unknown ids fall back to the raw id rather than leaving a blank on a printed notice.
 */
export const useCaseDesk = (
  caseRecord: Pick<Case, 'departmentId' | 'hallId' | 'windowId' | 'staffId'>,
): CaseDesk | undefined => {
  const db = useDb();
  const { departmentId, hallId, windowId, staffId } = caseRecord;
  return useLiveQuery(async () => {
    const [department, hall, serviceWindow, staff] = await Promise.all([
      db.departments.get(departmentId),
      db.halls.get(hallId),
      db.windows.get(windowId),
      db.staff.get(staffId),
    ]);
    return {
      departmentName: department?.name ?? departmentId,
      hall: { name: hall?.name ?? hallId, address: hall?.address ?? '' },
      windowNumber: serviceWindow?.number ?? null,
      clerkName: staff?.name ?? staffId,
    };
  }, [db, departmentId, hallId, windowId, staffId]);
};
