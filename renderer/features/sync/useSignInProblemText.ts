import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import { problem, type Problem } from '../../components/problem';
import type { SignInProblem } from './signInProblem';

/**
 * The words for a sign-in problem; a server's own (English) message goes only under 技术信息. `lock`: on
 * the lock screen a clerk cannot set the desk up again, so the department message there only asks for a
 * clerk of this department.
 */
export const useSignInProblemText = (where: 'settings' | 'lock' = 'settings') => {
  const { t } = useI18n();
  const db = useDb();
  const departments = useLiveQuery(() => db.departments.toArray(), [db]);
  return useCallback(
    (signIn: SignInProblem): Problem => {
      switch (signIn.kind) {
        case 'wrongPassword':
          return problem(t('sync.signIn.failed'));
        case 'tooManyAttempts':
          return problem(t('sync.signIn.tooMany'));
        case 'unreachable':
          return problem(t('sync.signIn.unreachable'));
        case 'notSyncServer':
          return problem(t('sync.signIn.notSyncServer'));
        case 'server':
          return problem(t('sync.signIn.serverError'), signIn.message);
        case 'departmentMismatch': {
          const nameOf = (id: string) => departments?.find((department) => department.id === id)?.name ?? id;
          const params = { desk: nameOf(signIn.deskDepartmentId), staff: nameOf(signIn.staffDepartmentId) };
          return problem(
            where === 'lock'
              ? t('lock.error.departmentMismatch', params)
              : t('sync.signIn.departmentMismatch', params),
          );
        }
      }
    },
    [t, departments, where],
  );
};
