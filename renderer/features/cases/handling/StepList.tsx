import { Box, Checkbox, Chip, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';
import { navRowSx } from './navRowSx';

type Props = {
  caseRecord: Case;
  item: ServiceItem;
  currentStepId: string | null;
  onToggle: (stepId: string, done: boolean) => void;
};

const StepNumber = ({ n, current }: { n: number; current: boolean }) => (
  <Box
    sx={{
      width: 26,
      height: 26,
      borderRadius: '50%',
      display: 'grid',
      placeItems: 'center',
      fontSize: 14,
      fontWeight: 700,
      border: 2,
      borderColor: current ? 'primary.main' : 'grey.400',
      color: current ? 'primary.main' : 'text.secondary',
      bgcolor: 'background.paper',
    }}
  >
    {n}
  </Box>
);

/** The guide's steps as a vertical stepper; each step's marker is its checkbox. */
export const StepList = ({ caseRecord, item, currentStepId, onToggle }: Props) => {
  const { t } = useI18n();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {item.steps.map((step, index) => {
        const done = caseRecord.completedStepIds.includes(step.id);
        const current = step.id === currentStepId;
        const last = index === item.steps.length - 1;
        return (
          <Box component="li" key={step.id} sx={{ position: 'relative' }}>
            {!last && (
              <Box
                aria-hidden
                sx={{
                  position: 'absolute',
                  left: 29,
                  top: 44,
                  bottom: -4,
                  borderLeft: 2,
                  borderColor: done ? 'success.main' : 'grey.300',
                }}
              />
            )}
            <Box component="label" data-nav-row="" data-nav-id={`step:${step.id}`} sx={navRowSx(current)}>
              <Checkbox
                checked={done}
                onChange={(event) => onToggle(step.id, event.target.checked)}
                icon={<StepNumber n={index + 1} current={current} />}
                checkedIcon={<CheckCircleIcon color="success" sx={{ fontSize: 30 }} />}
                slotProps={{
                  input: { 'aria-labelledby': `step-${step.id}`, 'aria-describedby': `step-${step.id}-desc` },
                }}
                sx={{ p: 0.5 }}
              />
              <Box sx={{ flex: 1, minWidth: 0, pt: 0.5 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Typography
                    id={`step-${step.id}`}
                    sx={{ fontWeight: 600, color: done ? 'text.secondary' : 'text.primary' }}
                  >
                    {step.title}
                  </Typography>
                  {current && <Chip label={t('cases.steps.current')} color="primary" size="small" />}
                </Box>
                <Typography id={`step-${step.id}-desc`} variant="body2" sx={{ color: 'text.secondary' }}>
                  {t(`actor.${step.actor}`)}
                  {step.description ? ` · ${step.description}` : ''}
                </Typography>
              </Box>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
};
