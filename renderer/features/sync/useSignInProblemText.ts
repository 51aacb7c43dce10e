import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import type { SignInProblem } from './signInProblem';

/**
 * The words for a sign-in problem. `lock`: on the lock screen a clerk cannot set the desk up again, so
 * the department message there only asks for a clerk of this department.
 */
export const useSignInProblemText = (where: 'settings' | 'lock' = 'settings') => {
  const { t } = useI18n();
  const db = useDb();
  const departments = useLiveQuery(() => db.departments.toArray(), [db]);
  return useCallback(
    (problem: SignInProblem): string => {
      switch (problem.kind) {
        case 'wrongPassword':
          return t('sync.signIn.failed');
        case 'tooManyAttempts':
          return t('sync.signIn.tooMany');
        case 'unreachable':
          return t('sync.signIn.unreachable');
        case 'notSyncServer':
          return t('sync.signIn.notSyncServer');
        case 'server':
          return t('sync.signIn.serverError', { message: problem.message });
        case 'departmentMismatch': {
          const nameOf = (id: string) => departments?.find((department) => department.id === id)?.name ?? id;
          const params = { desk: nameOf(problem.deskDepartmentId), staff: nameOf(problem.staffDepartmentId) };
          return where === 'lock'
            ? t('lock.error.departmentMismatch', params)
            : t('sync.signIn.departmentMismatch', params);
        }
      }
    },
    [t, departments, where],
  );
};
