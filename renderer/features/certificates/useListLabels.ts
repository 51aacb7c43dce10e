import { useCallback, useMemo } from 'react';
import type { CertificateList } from '../../../shared/certificates/model';
import { useDepartmentLabel } from '../catalog/useDepartmentLabel';
import { useI18n } from '../../i18n/useI18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';

/** "济宁市民政局 · 取消清单 · 第 2 版（草稿）" and its parts. */
export const useListLabels = () => {
  const { t } = useI18n();
  const db = useDb();
  const departments = useLiveQuery(() => db.departments.toArray(), [db]);
  const byId = useMemo(() => new Map((departments ?? []).map((d) => [d.id, d])), [departments]);
  const departmentLabel = useDepartmentLabel(byId);
  const scope = useCallback(
    (list: Pick<CertificateList, 'departmentId'>) =>
      list.departmentId === null ? t('certificates.cityWide') : departmentLabel(list.departmentId),
    [t, departmentLabel],
  );
  const version = useCallback(
    (list: Pick<CertificateList, 'versionNumber' | 'status'>) =>
      t('certificates.versionLabel', {
        number: list.versionNumber,
        status: t(`certificates.status.${list.status}`),
      }),
    [t],
  );
  return { scope, version };
};
