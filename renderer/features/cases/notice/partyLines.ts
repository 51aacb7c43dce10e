import type { Case } from '../../../../shared/domain/case';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import type { Translate } from '../../../i18n/I18nProvider';

/**
 * Who the printed document is for, one line each: every party the case recorded (男方/女方, 代办人), or
 * the applicant alone. ID numbers are masked, as everywhere else.
 */
export const partyLines = (
  t: Translate,
  caseRecord: Pick<Case, 'applicantName' | 'applicantIdNumber'> & Partial<Pick<Case, 'parties'>>,
): string[] => {
  const applicant = [
    t('cases.notice.applicant', { name: caseRecord.applicantName }),
    ...(caseRecord.applicantIdNumber
      ? [t('cases.notice.idNumber', { idNumber: maskIdNumber(caseRecord.applicantIdNumber) })]
      : []),
  ];
  const parties = caseRecord.parties ?? [];
  // In-person parties (男方/女方) include the applicant; an agent (代办人) comes after the applicant.
  const includesApplicant = parties.some(
    (party) => party.name === caseRecord.applicantName && party.role !== 'agent',
  );
  return [
    ...(includesApplicant ? [] : applicant),
    ...parties.map((party) =>
      party.idNumber
        ? t('cases.notice.partyWithId', {
            role: t(`party.${party.role}`),
            name: party.name,
            idNumber: maskIdNumber(party.idNumber),
          })
        : t('cases.notice.party', { role: t(`party.${party.role}`), name: party.name }),
    ),
  ];
};
