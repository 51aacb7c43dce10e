import { Box, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { Section } from '../../../components/Section';
import { datePatterns } from '../../../components/datePatterns';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';

/**
 * 更正记录: every correction of the outcome — when, by whom, from what to what, and why — so the record
 * still says what was first recorded; the figures count the corrected outcome.
 */
export const CorrectionsSection = ({ caseRecord }: { caseRecord: Case }) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  const corrections = caseRecord.corrections ?? [];
  if (corrections.length === 0) return null;
  return (
    <Section title={t('correction.record.title')} id="case-corrections">
      <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 1 }}>
        {corrections.map((correction) => (
          <li key={correction.at}>
            <Typography component="span">
              {t('correction.record.entry', {
                time: format(correction.at, datePatterns[locale].fullDayTime),
                name: correction.byName,
                from: t(`status.${correction.from}`),
                to: t(`status.${correction.to}`),
              })}
            </Typography>
            {correction.reason !== '' && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('correction.record.reason', { reason: correction.reason })}
              </Typography>
            )}
          </li>
        ))}
      </Box>
    </Section>
  );
};
