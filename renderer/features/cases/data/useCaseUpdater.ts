import { useCallback, useRef } from 'react';
import type { Case } from '../../../../shared/domain/case';
import type { CaseError, CasePatch } from '../../../../shared/domain/caseMachine';
import type { Result } from '../../../../shared/domain/result';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useDb } from '../../../app/DbContext';
import { useI18n } from '../../../i18n/useI18n';
import { problem, type Problem } from '../../../components/problem';
import { caseErrorMessage, saveErrorMessage } from '../model/caseErrors';
import { saveCasePatch } from './caseWrites';
import type { RuleWriter } from '../../../../shared/sync/rowRules';

export type CaseTransition = (fresh: Case, now: Date) => Result<CasePatch, CaseError>;

/**
 * Applies state-machine transitions one after another, each on the row as stored right now. A clerk
 * ticking three materials in a second must not have the third tick computed from a list that does
 * not yet hold the first two, so transitions queue instead of reading the rendered (possibly stale) case.
 * Resolves to the problem for the clerk, or null when saved.
 */
export const useCaseUpdater = (caseId: Case['id'], item: ServiceItem, writer: RuleWriter) => {
  const db = useDb();
  const { t } = useI18n();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (transition: CaseTransition): Promise<Problem | null> => {
      const run = queue.current.then(async (): Promise<Problem | null> => {
        const fresh = await db.cases.get(caseId);
        if (!fresh) return problem(t('cases.notFound'));
        const now = new Date();
        const patch = transition(fresh, now);
        if (!patch.ok) return problem(caseErrorMessage(t, patch.error, item));
        try {
          await saveCasePatch(db, caseId, patch.value, writer, now);
          return null;
        } catch (error) {
          return saveErrorMessage(t, error);
        }
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [db, t, caseId, item, writer],
  );
};
