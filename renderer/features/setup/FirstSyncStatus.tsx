import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useI18n } from '../../i18n/useI18n';
import { ProblemMessage } from '../../components/ProblemMessage';
import { problem } from '../../components/problem';
import { errorKey } from '../sync/labels';
import { useOnlineStatus } from '../shell/useOnlineStatus';
import { useSyncStatus } from '../sync/SyncContext';
import { SyncProgress } from '../sync/SyncProgress';

/**
 * The first sync, started as soon as the clerk picked the hall, runs while they choose the window: say
 * so, with the row count once the server sends pages, so a long first download does not look stuck.
 * Before a hall is picked, say that picking it starts the download.
 */
export const FirstSyncStatus = ({ hallChosen }: { hallChosen: boolean }) => {
  const { t } = useI18n();
  const status = useSyncStatus();
  const networkUp = useOnlineStatus();
  if (status.running)
    return (
      <Box sx={{ display: 'grid', gap: 1 }} data-testid="first-sync">
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('setup.sync.running')}
        </Typography>
        {status.progress ? <SyncProgress /> : <LinearProgress aria-label={t('sync.panel.syncing')} />}
      </Box>
    );
  if (status.lastError)
    return (
      <Alert severity="warning" data-testid="first-sync">
        <ProblemMessage
          problem={problem(
            t('setup.sync.failed', { reason: t(errorKey(status.lastError.code, networkUp)) }),
            status.lastError.message,
          )}
        />
      </Alert>
    );
  if (status.lastSyncedAt)
    return (
      <Alert severity="success" data-testid="first-sync">
        {t('setup.sync.done')}
      </Alert>
    );
  if (!hallChosen)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="first-sync">
        {t('setup.sync.waitingForHall')}
      </Typography>
    );
  return null;
};
