import { useMemo } from 'react';
import { useDeskDetails } from '../../../app/useDeskDetails';
import { hasRole, type Desk, type Role } from '../../../../shared/domain/organization';
import type { RuleWriter } from '../../../../shared/sync/rowRules';
import type { Person } from '../../../../shared/duty/builders';
import { staffIdSchema } from '../../../../shared/ids';

/** Who is at this desk, as the duty screens write and decide what to show. */
export type DutyActor = {
  desk: Desk;
  person: Person;
  roles: readonly Role[];
  writer: RuleWriter;
  isLeader: boolean;
  hallName: string;
};

/** `undefined` while loading or before set-up. */
export const useDutyActor = (): DutyActor | undefined => {
  const details = useDeskDetails();
  return useMemo(() => {
    if (!details) return undefined;
    const { desk, clerk, hall } = details;
    const roles: readonly Role[] = clerk?.roles ?? ['staff'];
    return {
      desk,
      person: { id: staffIdSchema.parse(desk.staffId), name: clerk?.name ?? desk.staffId },
      roles,
      writer: { staffId: desk.staffId, roles, departmentId: desk.departmentId },
      isLeader: hasRole(roles, 'leader'),
      hallName: hall?.name ?? '',
    };
  }, [details]);
};
