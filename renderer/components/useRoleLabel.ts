import { useCallback } from 'react';
import type { Role } from '../../shared/domain/organization';
import { useI18n } from '../i18n/useI18n';

const rank: Record<Role, number> = { staff: 0, leader: 1, supervisor: 2 };

/** A person's title is their highest role: a supervisor is shown as 科长/主管, not as 窗口工作人员. */
const highestRole = (roles: readonly Role[]): Role =>
  roles.reduce<Role>((best, role) => (rank[role] > rank[best] ? role : best), 'staff');

export const useRoleLabel = () => {
  const { t } = useI18n();
  return useCallback((roles: readonly Role[]) => t(`role.${highestRole(roles)}`), [t]);
};
