import { Box, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import type { Case } from '../../../shared/domain/case';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { useI18n } from '../../i18n/useI18n';
import { applicantColour, applicantType } from './applicantType';

type Props = { caseRecord: Case; item: ServiceItem; currentStepId: string | null };

/** The guide's steps: done ones ticked, the current one on a band of colour, the rest quiet. */
export const ApplicantSteps = ({ caseRecord, item, currentStepId }: Props) => {
  const { t } = useI18n();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: '0.6vh' }}>
      {item.steps.map((step, index) => {
        const done = caseRecord.completedStepIds.includes(step.id);
        const current = step.id === currentStepId;
        const state = done ? 'done' : current ? 'current' : 'pending';
        return (
          <Box
            component="li"
            key={step.id}
            aria-current={current ? 'step' : undefined}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: '1.2vw',
              px: '1vw',
              py: '0.8vh',
              borderRadius: 2,
              bgcolor: current ? applicantColour.accentSoft : 'transparent',
              borderLeft: 6,
              borderColor: current ? applicantColour.accent : 'transparent',
            }}
          >
            <Box
              aria-hidden
              sx={{
                flex: 'none',
                width: '1.6em',
                height: '1.6em',
                borderRadius: '50%',
                display: 'grid',
                placeItems: 'center',
                fontSize: applicantType.small,
                fontWeight: 700,
                color: done || current ? '#ffffff' : applicantColour.muted,
                bgcolor: done ? applicantColour.done : current ? applicantColour.accent : 'transparent',
                border: done || current ? 0 : 2,
                borderColor: applicantColour.line,
              }}
            >
              {done ? <CheckIcon sx={{ fontSize: '1.1em' }} /> : index + 1}
            </Box>
            <Typography
              sx={{
                flex: 1,
                fontSize: applicantType.body,
                fontWeight: current ? 700 : 500,
                color: state === 'pending' ? applicantColour.muted : applicantColour.text,
                lineHeight: 1.3,
              }}
            >
              {step.title}
            </Typography>
            <Typography
              sx={{
                flex: 'none',
                fontSize: applicantType.small,
                fontWeight: 600,
                color: done ? applicantColour.done : current ? applicantColour.accent : applicantColour.muted,
              }}
            >
              {t(`applicant.step.${state}`)}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
};
