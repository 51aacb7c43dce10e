import { Box, Tooltip, Typography } from '@mui/material';
import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import { useI18n } from '../../i18n/useI18n';
import { useOnlineStatus } from './useOnlineStatus';
import { usePendingChanges } from './usePendingChanges';

/**
 * Whether the desk is online and how many changes wait in the outbox. The sync engine extends this
 * with the last sync time and a details panel; keep it one compact pill so the app bar has room.
 * It is a live region: a clerk using a screen reader hears when the desk drops offline.
 */
export const SyncStatusIndicator = () => {
  const { t } = useI18n();
  const online = useOnlineStatus();
  const pending = usePendingChanges() ?? 0;
  const connection = online ? t('shell.status.online') : t('shell.status.offline');
  const queue = pending > 0 ? t('shell.status.pending', { count: pending }) : t('shell.status.noPending');
  return (
    <Tooltip title={online ? queue : t('shell.status.offlineHint')} describeChild>
      <Box
        role="status"
        aria-label={t('shell.status.label')}
        tabIndex={0}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          px: 1.5,
          py: 0.5,
          borderRadius: 999,
          bgcolor: online ? 'rgba(255,255,255,0.12)' : '#fff4e5',
          color: online ? 'inherit' : 'warning.dark',
          whiteSpace: 'nowrap',
        }}
      >
        {online ? (
          <CloudDoneOutlinedIcon fontSize="small" aria-hidden />
        ) : (
          <CloudOffOutlinedIcon fontSize="small" aria-hidden />
        )}
        <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
          {connection}
        </Typography>
        <Box component="span" aria-hidden sx={{ opacity: 0.5 }}>
          |
        </Box>
        {pending > 0 && <SyncIcon fontSize="small" aria-hidden />}
        <Typography component="span" variant="body2" data-testid="pending-changes">
          {queue}
        </Typography>
      </Box>
    </Tooltip>
  );
};
