import { Box, LinearProgress, Typography } from '@mui/material';
import { useI18n } from '../../i18n/useI18n';
import { useSyncStatus } from './SyncContext';

/** The first (large) download: rows received and, when the server says, about how many in all. */
export const SyncProgress = () => {
  const { t } = useI18n();
  const { progress, running } = useSyncStatus();
  if (!running || !progress) return null;
  const { applied, estimatedTotal } = progress;
  const percent = estimatedTotal ? Math.min(100, (applied / estimatedTotal) * 100) : undefined;
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <Typography variant="body2" role="status">
        {estimatedTotal
          ? t('sync.panel.progressEstimate', { applied, total: estimatedTotal })
          : t('sync.panel.progress', { applied })}
      </Typography>
      <LinearProgress
        variant={percent === undefined ? 'indeterminate' : 'determinate'}
        {...(percent === undefined ? {} : { value: percent })}
        aria-label={t('sync.panel.syncing')}
      />
    </Box>
  );
};
