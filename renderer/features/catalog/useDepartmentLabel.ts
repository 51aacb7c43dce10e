import { useCallback } from 'react';
import type { Department } from '../../../shared/domain/organization';
import { useI18n } from '../../i18n/useI18n';

/**
 * Short department names (人社 / 民政) for chips and rows; the full name is on the item's guide, and
 * stands in for a department of neither bureau.
 */
export const useDepartmentLabel = (departmentById: ReadonlyMap<string, Department>) => {
  const { t } = useI18n();
  return useCallback(
    (departmentId: string | null) => {
      if (departmentId === null) return t('catalog.department.cityWide');
      const department = departmentById.get(departmentId);
      if (!department) return departmentId;
      return department.bureau ? t(`bureau.${department.bureau}`) : department.name;
    },
    [departmentById, t],
  );
};
