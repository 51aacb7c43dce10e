import { Box, Chip, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { isPoorRating } from '../../../../shared/domain/case';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n/useI18n';
import { StatusChip } from '../StatusChip';
import { Facts } from '../../../components/Facts';

/** 办结情况: the outcome with what it needed (target, reason, note) and the 好差评. */
export const OutcomeSection = ({ caseRecord }: { caseRecord: Case }) => {
  const { t } = useI18n();
  const { rating } = caseRecord;
  const notAccepted = caseRecord.status === 'notAccepted';
  return (
    <Section title={t('cases.detail.outcome')} id="case-outcome">
      <Facts
        rows={[
          [
            t('cases.detail.result'),
            <StatusChip key="status" status={caseRecord.status} visits={caseRecord.visits} />,
          ],
          caseRecord.transferredTo !== null && [
            t(caseRecord.status === 'collected' ? 'cases.handOn.collectedTo' : 'cases.detail.transferredTo'),
            caseRecord.transferredTo,
          ],
          (caseRecord.outcomeNote !== '' || notAccepted) && [
            notAccepted ? t('cases.detail.reason') : t('cases.detail.note'),
            caseRecord.outcomeNote || t('common.none'),
          ],
          [
            t('cases.detail.rating'),
            rating ? (
              <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', gap: 0.5 }}>
                <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
                  {`${'★'.repeat(rating.level)}${'☆'.repeat(5 - rating.level)} ${t(`rating.${rating.level}` as 'rating.1')}`}
                  {isPoorRating(rating) && (
                    <Chip
                      label={t('cases.rating.poor')}
                      color="error"
                      size="small"
                      sx={{ borderRadius: 1 }}
                    />
                  )}
                </Box>
                {rating.comment && (
                  <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                    {rating.comment}
                  </Typography>
                )}
              </Box>
            ) : (
              t('cases.rating.none')
            ),
          ],
        ]}
      />
    </Section>
  );
};
