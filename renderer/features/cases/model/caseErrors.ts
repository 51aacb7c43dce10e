import type { CaseError } from '../../../../shared/domain/caseMachine';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { problem, type Problem } from '../../../components/problem';
import { InvalidMutationError } from '../../../db/mutate';
import type { Translate } from '../../../i18n/I18nProvider';

/** A refusal of the state machine, in the clerk's words; material ids become the guide's names. */
export const caseErrorMessage = (t: Translate, error: CaseError, item?: ServiceItem): string => {
  switch (error.code) {
    case 'idNumber':
      return t(`idNumber.${error.reason}`);
    case 'requiredMaterialsMissing': {
      const names = error.materialIds.map(
        (id) => item?.materials.find((material) => material.id === id)?.name ?? id,
      );
      return t('caseError.requiredMaterialsMissing', { materials: names.join('、') });
    }
    case 'partyNameEmpty':
    case 'partyMissing':
      return t(`caseError.${error.code}`, { role: t(`party.${error.role}`) });
    case 'partyIdNumber':
      return t('caseError.partyIdNumber', {
        role: t(`party.${error.role}`),
        reason: t(`idNumber.${error.reason}`),
      });
    case 'conditionsUnanswered': {
      const questions = error.conditionIds.map(
        (id) => item?.conditions?.find((condition) => condition.id === id)?.question ?? id,
      );
      return t('caseError.conditionsUnanswered', { questions: questions.join(' ') });
    }
    case 'deferralDueInvalid':
      return t('caseError.deferralDueInvalid', { latestDay: error.latestDay });
    case 'waitingPeriodRunning':
      return t('caseError.waitingPeriodRunning', { opensOn: error.opensOn });
    case 'visitWindowLapsed':
      return t('caseError.visitWindowLapsed', { closedOn: error.closedOn });
    default:
      return t(`caseError.${error.code}`);
  }
};

const fieldKeys: Record<string, MessageKey> = {
  applicantName: 'cases.field.applicantName',
  applicantIdNumber: 'cases.field.applicantIdNumber',
  outcomeNote: 'cases.field.outcomeNote',
  transferredTo: 'cases.field.transferredTo',
  rating: 'cases.field.rating',
};

/**
 * A failed write: the mutation path aborted its transaction, so nothing was stored. Validation issues
 * name the fields in Chinese; anything else (quota, a closed database) keeps its own message under
 * 技术信息, behind a Chinese sentence.
 */
export const saveErrorMessage = (t: Translate, error: unknown): Problem => {
  if (error instanceof InvalidMutationError) {
    const fields = new Set(
      error.issues.map((issue) => {
        const field = typeof issue === 'string' ? undefined : issue.path[0];
        return t(typeof field === 'string' ? (fieldKeys[field] ?? 'cases.field.other') : 'cases.field.other');
      }),
    );
    return problem(t('cases.error.invalid', { fields: [...fields].join('、') }));
  }
  return problem(t('cases.error.saveFailed'), error);
};
