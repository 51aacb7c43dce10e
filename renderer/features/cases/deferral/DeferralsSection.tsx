import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { overdueDeferrals, receiveDeferredMaterial } from '../../../../shared/domain/caseGuide';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useNow } from '../../../app/useNow';
import { datePatterns } from '../../../components/datePatterns';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { Problem } from '../../../components/problem';
import { Section } from '../../../components/Section';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import type { useCaseUpdater } from '../data/useCaseUpdater';

type Props = { caseRecord: Case; item: ServiceItem; update: ReturnType<typeof useCaseUpdater> };

/**
 * 容缺补交: what the applicant promised to hand in after a 容缺受理, by when, and whether it came. This is
 * a promise to follow up, not a 需补正: the case was accepted and the clerk records the material here
 * when it arrives (after 办结 too — keeping the promise is the point). An overdue one says so.
 */
export const DeferralsSection = ({ caseRecord, item, update }: Props) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  const now = useNow(60_000);
  const [error, setError] = useState<Problem | null>(null);
  const deferred = caseRecord.deferredMaterials ?? [];
  if (deferred.length === 0) return null;
  const overdue = new Set(overdueDeferrals(caseRecord, now).map((entry) => entry.materialId));
  const nameOf = (id: string) => item.materials.find((material) => material.id === id)?.name ?? id;
  return (
    <Section title={t('deferral.section')} id="case-deferrals" flush>
      <Typography sx={{ px: 2.5, pt: 1.5, color: 'text.secondary' }}>{t('deferral.sectionHint')}</Typography>
      {error && (
        <Alert severity="error" sx={{ mx: 2.5, mt: 1 }}>
          <ProblemMessage problem={error} />
        </Alert>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="case-deferrals">
          <TableHead>
            <TableRow>
              <TableCell>{t('deferral.col.material')}</TableCell>
              <TableCell sx={{ width: 140 }}>{t('deferral.col.dueDay')}</TableCell>
              <TableCell sx={{ width: 300 }}>{t('deferral.col.state')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {deferred.map((entry) => (
              <TableRow key={entry.materialId}>
                <TableCell sx={{ fontWeight: 600 }}>{nameOf(entry.materialId)}</TableCell>
                <TableCell>{entry.dueDay}</TableCell>
                <TableCell>
                  {entry.handedInAt ? (
                    <Typography component="span" sx={{ color: 'success.dark' }}>
                      {t('deferral.state.handedIn', {
                        date: format(entry.handedInAt, datePatterns[locale].fullDayTime),
                      })}
                    </Typography>
                  ) : (
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
                      <Typography
                        component="span"
                        sx={{
                          color: overdue.has(entry.materialId) ? 'error.main' : 'info.dark',
                          fontWeight: 600,
                        }}
                      >
                        {t(overdue.has(entry.materialId) ? 'deferral.state.overdue' : 'deferral.state.open')}
                      </Typography>
                      <Button
                        size="small"
                        variant="outlined"
                        aria-label={t('deferral.receiveFor', { material: nameOf(entry.materialId) })}
                        onClick={() =>
                          void update((fresh, at) =>
                            receiveDeferredMaterial(fresh, entry.materialId, at),
                          ).then(setError)
                        }
                      >
                        {t('deferral.receive')}
                      </Button>
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Section>
  );
};
