import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import { formatTimeLimit } from '../../../components/timeLimit';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useNow } from '../../../app/useNow';
import { useI18n } from '../../../i18n/useI18n';
import { formatDuration } from '../model/duration';
import { formatHallDay, promiseView } from '../model/promise';

/** Elapsed handling time against the promised limit, live; 即办件 are due the same hall day. */
export const PromiseMeter = ({ caseRecord, item }: { caseRecord: Case; item: ServiceItem }) => {
  const { t } = useI18n();
  const now = useNow(15_000);
  const view = promiseView(caseRecord, item, now);
  const percent = Math.min(100, Math.round(view.fraction * 100));
  const color = view.overdue ? 'error' : view.fraction > 0.8 ? 'warning' : 'primary';
  return (
    <Paper sx={{ px: 2.5, py: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'baseline', flexWrap: 'wrap', mb: 1 }}>
        <Typography sx={{ fontWeight: 700, fontSize: '1.1rem', fontVariantNumeric: 'tabular-nums' }}>
          {t('cases.promise.elapsed', { elapsed: formatDuration(t, view.elapsedMs) })}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          {view.immediate
            ? t('cases.promise.immediate')
            : t('cases.promise.limit', {
                limit: formatTimeLimit(t, item.promisedLimit),
                deadline: formatHallDay(t, view.lastDay),
              })}
        </Typography>
        {!view.overdue && (
          <Typography sx={{ color: 'text.secondary', ml: 'auto' }}>
            {t('cases.promise.remaining', { remaining: formatDuration(t, view.remainingMs) })}
          </Typography>
        )}
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={color}
        aria-label={t('cases.promise.meter')}
        sx={{ height: 8, borderRadius: 4 }}
      />
      {view.overdue && (
        <Alert severity="error" sx={{ mt: 1.5 }}>
          {t('cases.promise.overdue', { over: formatDuration(t, -view.remainingMs) })}
        </Alert>
      )}
    </Paper>
  );
};
