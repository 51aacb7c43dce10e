import { useMemo } from 'react';
import type { Desk, Role } from '../../shared/domain/organization';
import type { RuleWriter } from '../../shared/sync/rowRules';
import { useDeskDetails } from './useDeskDetails';

/** Who writes at this desk, as the table rules see them (shared/sync/rowRules.ts), and the name records show. */
export type DeskWriter = RuleWriter & { name: string };

/**
 * The signed-in clerk as a writer: the same rules the server runs (a correction's window, a leader's
 * reason) run on the desk before it writes. `null` before set-up, `undefined` while loading. A clerk
 * missing from the staff table (the org tables changed) writes as plain staff.
 */
export const useDeskWriter = (): DeskWriter | null | undefined => {
  const details = useDeskDetails();
  return useMemo(() => {
    if (!details) return details;
    const { desk, clerk } = details;
    const roles: readonly Role[] = clerk?.roles ?? ['staff'];
    return {
      staffId: desk.staffId,
      roles,
      departmentId: desk.departmentId,
      name: clerk?.name ?? desk.staffId,
    };
  }, [details]);
};

/**
 * The desk's clerk as plain staff, for writes that no role decides (starting a case, a return visit)
 * made before the staff table has loaded.
 */
export const staffWriterOf = (desk: Desk): DeskWriter => ({
  staffId: desk.staffId,
  roles: ['staff'],
  departmentId: desk.departmentId,
  name: desk.staffId,
});
