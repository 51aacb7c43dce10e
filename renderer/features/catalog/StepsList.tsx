import { Box, Chip, Typography } from '@mui/material';
import type { Step } from '../../../shared/domain/serviceItem';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';

/** 办理流程: numbered steps with who acts in each. */
export const StepsList = ({ steps }: { steps: readonly Step[] }) => {
  const { t } = useI18n();
  return (
    <Section
      title={t('catalog.detail.steps')}
      id="item-steps"
      actions={
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('catalog.detail.stepsCount', { count: steps.length })}
        </Typography>
      }
    >
      <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {steps.map((step, index) => (
          <Box
            component="li"
            key={step.id}
            sx={{ display: 'flex', gap: 2, pb: index === steps.length - 1 ? 0 : 2 }}
          >
            <Box
              aria-hidden
              sx={{
                width: 30,
                height: 30,
                flexShrink: 0,
                borderRadius: '50%',
                bgcolor: 'primary.main',
                color: 'primary.contrastText',
                display: 'grid',
                placeItems: 'center',
                fontWeight: 600,
                fontSize: '0.9rem',
              }}
            >
              {index + 1}
            </Box>
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography variant="h3" component="h3" sx={{ fontSize: '1rem' }}>
                  {step.title}
                </Typography>
                <Chip size="small" label={t(`actor.${step.actor}`)} sx={{ height: 22 }} />
              </Box>
              {step.description && (
                <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
                  {step.description}
                </Typography>
              )}
            </Box>
          </Box>
        ))}
      </Box>
    </Section>
  );
};
