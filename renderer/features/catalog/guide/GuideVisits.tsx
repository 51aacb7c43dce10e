import { Alert, Box, Typography } from '@mui/material';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import type { WaitingPeriod } from '../../../../shared/domain/itemGuide';
import { Section } from '../../../components/Section';
import { formatTimeLimit } from '../../../components/timeLimit';
import { useI18n } from '../../../i18n/useI18n';

/**
 * 到场安排与等待期: the visits of a multi-visit item (离婚登记: 申请 → 冷静期 → 登记) with what each asks
 * for and the statutory wait before it, and the periods left out of the handling limit (公示 7 日).
 * Nothing for an item of one visit and no excluded periods.
 */
export const GuideVisits = ({ item }: { item: ServiceItem }) => {
  const { t } = useI18n();
  const stages = item.stages ?? [];
  const excluded = item.excludedPeriods ?? [];
  if (stages.length === 0 && excluded.length === 0) return null;
  const stepNames = (ids: readonly string[]) =>
    item.steps
      .filter((step) => ids.includes(step.id))
      .map((step) => step.title)
      .join('、');
  const materialNames = (ids: readonly string[]) =>
    item.materials
      .filter((material) => ids.includes(material.id))
      .map((material) => material.name)
      .join('、');
  const stepName = (id: string) => item.steps.find((step) => step.id === id)?.title;
  const period = (wait: Pick<WaitingPeriod, 'value' | 'unit'>) => formatTimeLimit(t, wait);
  return (
    <Section title={t('catalog.guide.visits')} id="item-visits">
      {stages.length > 0 && (
        <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 1.5 }}>
          {stages.map((stage, index) => (
            <li key={stage.id}>
              {stage.waitBefore && (
                <Typography sx={{ color: 'warning.dark', fontWeight: 600 }}>
                  {t('catalog.guide.waitBefore', {
                    kind: t(`waiting.${stage.waitBefore.kind}`),
                    limit: period(stage.waitBefore),
                    from: t(`catalog.guide.from.${stage.waitBefore.startsFrom}`),
                  })}
                  {stage.within &&
                    `，${t('catalog.guide.within', { limit: period(stage.within) })}${
                      stage.onLapse === 'deemedWithdrawn' ? t('catalog.guide.lapse') : ''
                    }`}
                </Typography>
              )}
              <Typography sx={{ fontWeight: 600 }}>
                {t('catalog.guide.visitTitle', { number: index + 1, title: stage.title })}
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('catalog.guide.visitSteps', {
                  steps: stepNames(stage.stepIds),
                })}
              </Typography>
              {stage.materialIds.length > 0 && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {t('catalog.guide.visitMaterials', {
                    materials: materialNames(stage.materialIds),
                  })}
                </Typography>
              )}
            </li>
          ))}
        </Box>
      )}
      {excluded.map((wait) => (
        <Alert
          key={`${wait.kind}-${wait.stepId ?? ''}`}
          severity="info"
          sx={{ mt: stages.length > 0 ? 2 : 0 }}
        >
          {t('catalog.guide.excluded', { kind: t(`waiting.${wait.kind}`), limit: period(wait) })}
          {wait.stepId &&
            stepName(wait.stepId) &&
            t('catalog.guide.excludedStep', { step: stepName(wait.stepId) ?? '' })}
        </Alert>
      ))}
    </Section>
  );
};
