import type { ListedItem } from '../../../shared/certificates/applyLists';
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import type { Case } from '../../../shared/domain/case';
import { nextStepId } from '../../../shared/domain/caseMachine';
import { isNeededFor, materialsAtVisit } from '../../../shared/domain/guideRules';
import { useNow } from '../../app/useNow';
import { formatTimeLimit } from '../../components/timeLimit';
import { useI18n } from '../../i18n/useI18n';
import type { Translate } from '../../i18n/I18nProvider';
import { formatDuration } from '../cases/model/duration';
import { promiseView } from '../cases/model/promise';
import { ApplicantMaterials } from './ApplicantMaterials';
import { ApplicantSteps } from './ApplicantSteps';
import { applicantColour, applicantType } from './applicantType';
import { maskName } from './maskName';

const Panel = ({ title, aside, children }: { title: string; aside: string; children: ReactNode }) => (
  <Box component="section" aria-label={title} sx={{ minHeight: 0, display: 'flex', flexDirection: 'column' }}>
    <Box
      sx={{
        display: 'flex',
        alignItems: 'baseline',
        justifyContent: 'space-between',
        gap: 2,
        pb: '0.8vh',
        mb: '1vh',
        borderBottom: 3,
        borderColor: applicantColour.accent,
      }}
    >
      <Typography component="h2" sx={{ fontSize: applicantType.title, fontWeight: 700 }}>
        {title}
      </Typography>
      <Typography sx={{ fontSize: applicantType.small, color: applicantColour.muted, fontWeight: 600 }}>
        {aside}
      </Typography>
    </Box>
    <Box sx={{ minHeight: 0, overflow: 'hidden' }}>{children}</Box>
  </Box>
);

/**
 * Whose case it is, as the hall may see it: each party by role (男方 张*, 女方 李*, 代办人 王*), the
 * applicant first unless the parties include them. Names masked, ID numbers never shown.
 */
const applicantLines = (t: Translate, caseRecord: Case): string[] => {
  const parties = caseRecord.parties ?? [];
  const includesApplicant = parties.some(
    (party) => party.role !== 'agent' && party.name === caseRecord.applicantName,
  );
  return [
    ...(includesApplicant
      ? []
      : [t('applicant.case.applicant', { name: maskName(caseRecord.applicantName) })]),
    ...parties.map((party) =>
      t('applicant.case.party', { role: t(`party.${party.role}`), name: maskName(party.name) }),
    ),
  ];
};

/** The case being handled, as the applicant should see it: what, whose (masked), how far, what is missing. */
export const ApplicantCase = ({ caseRecord, item }: { caseRecord: Case; item: ListedItem }) => {
  const { t } = useI18n();
  const now = useNow(15_000);
  const currentStepId = nextStepId(caseRecord, item);
  const currentIndex = item.steps.findIndex((step) => step.id === currentStepId);
  // This visit's materials (离婚协议书 only at the second), by the clerk's answers.
  const needed = materialsAtVisit(caseRecord, item).filter((material) =>
    isNeededFor(material, caseRecord, item),
  );
  const promise = promiseView(caseRecord, item, now);
  return (
    <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: '2.4vh' }}>
      <Box>
        <Typography sx={{ fontSize: applicantType.small, color: applicantColour.muted, fontWeight: 600 }}>
          {t('applicant.case.item')}
        </Typography>
        <Typography
          component="h1"
          sx={{ fontSize: applicantType.hero, fontWeight: 800, lineHeight: 1.2, color: applicantColour.text }}
        >
          {item.name}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: '0.5vh 3vw', mt: '0.8vh' }}>
          {applicantLines(t, caseRecord).map((line) => (
            <Typography key={line} sx={{ fontSize: applicantType.body, fontWeight: 600 }}>
              {line}
            </Typography>
          ))}
          <Typography sx={{ fontSize: applicantType.body, color: applicantColour.muted }}>
            {t('applicant.time.elapsed', { elapsed: formatDuration(t, promise.elapsedMs) })}
            {' · '}
            {promise.immediate
              ? t('applicant.time.immediate')
              : t('applicant.time.limit', { limit: formatTimeLimit(t, item.promisedLimit) })}
          </Typography>
        </Box>
      </Box>
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: '1fr 1fr',
          gap: '4vw',
        }}
      >
        <Panel
          title={t('applicant.steps.title')}
          aside={
            currentIndex === -1
              ? t('applicant.steps.allDone')
              : t('applicant.steps.progress', { current: currentIndex + 1, total: item.steps.length })
          }
        >
          <ApplicantSteps caseRecord={caseRecord} item={item} currentStepId={currentStepId} />
        </Panel>
        <Panel
          title={t('applicant.materials.title')}
          aside={t('applicant.materials.progress', {
            received: needed.filter((material) => caseRecord.receivedMaterialIds.includes(material.id))
              .length,
            total: needed.length,
          })}
        >
          <ApplicantMaterials caseRecord={caseRecord} item={item} />
        </Panel>
      </Box>
    </Box>
  );
};
