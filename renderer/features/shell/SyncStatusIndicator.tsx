import { useState } from 'react';
import { Box, ButtonBase, Tooltip, Typography } from '@mui/material';
import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import ComputerOutlinedIcon from '@mui/icons-material/ComputerOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import { useNow } from '../../app/useNow';
import { datePatterns } from '../../components/datePatterns';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useI18n } from '../../i18n/useI18n';
import { lastSyncedPattern } from './lastSynced';
import { syncAttention } from './syncAttention';
import { connectionOf, connectionWords } from './connectionState';
import { useRejectedChanges } from './useRejectedChanges';
import { useOnlineStatus } from './useOnlineStatus';
import { usePendingChanges } from './usePendingChanges';
import { useSyncStatus } from '../sync/SyncContext';
import { SyncPanel } from '../sync/SyncPanel';

/**
 * Whether the desk is online, how many changes wait in the outbox, and when it last synced; a click
 * opens the sync panel. Keep it one compact pill so the app bar has room. Online state and the queue
 * are a live region (a clerk using a screen reader hears when the desk drops offline); the last-sync
 * time is outside it, or every periodic sync would be read out.
 */
export const SyncStatusIndicator = () => {
  const { t, locale } = useI18n();
  const formatDate = useDateFormat();
  const now = useNow(60_000);
  const sync = useSyncStatus();
  const [panelOpen, setPanelOpen] = useState(false);
  // The browser's flag says the cable is in; the sync engine knows whether the server answers.
  const networkUp = useOnlineStatus();
  const connectionState = connectionOf({
    configured: sync.configured,
    networkUp,
    serverAnswers: sync.online,
  });
  const words = connectionWords[connectionState];
  const online = connectionState === 'online';
  const pending = usePendingChanges() ?? 0;
  const attention = syncAttention({
    configured: sync.configured,
    needsSignIn: sync.needsSignIn,
    rejected: useRejectedChanges() ?? 0,
  });
  // Working standalone is a choice, not a fault: only a lost connection or needed action warns.
  const warn = (connectionState !== 'online' && connectionState !== 'standalone') || attention !== null;
  const connection = t(words.label);
  const queue = pending > 0 ? t(words.pending, { count: pending }) : t(words.noPending);
  const lastSynced = sync.lastSyncedAt
    ? t('shell.status.lastSynced', {
        time: formatDate(
          sync.lastSyncedAt,
          lastSyncedPattern(new Date(sync.lastSyncedAt), now, datePatterns[locale].dayTime),
        ),
      })
    : null;
  return (
    <>
      <Tooltip title={attention ? t(attention.hint) : t(words.hint)} describeChild>
        <ButtonBase onClick={() => setPanelOpen(true)} aria-haspopup="dialog" sx={{ borderRadius: 999 }}>
          <Box
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              px: 1.5,
              py: 0.5,
              borderRadius: 999,
              bgcolor: warn ? '#fff4e5' : 'rgba(255,255,255,0.12)',
              color: warn ? 'warning.dark' : 'inherit',
              whiteSpace: 'nowrap',
            }}
          >
            <Box
              role="status"
              aria-label={t('shell.status.label')}
              sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
            >
              {connectionState === 'standalone' ? (
                <ComputerOutlinedIcon fontSize="small" aria-hidden />
              ) : online ? (
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
              {attention && (
                <>
                  <Box component="span" aria-hidden sx={{ opacity: 0.5 }}>
                    |
                  </Box>
                  <ErrorOutlineIcon fontSize="small" aria-hidden />
                  <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                    {t(attention.key, { count: attention.count ?? 0 })}
                  </Typography>
                </>
              )}
            </Box>
            {lastSynced && (
              <>
                <Box component="span" aria-hidden sx={{ opacity: 0.5 }}>
                  |
                </Box>
                <Typography component="span" variant="body2" sx={{ opacity: 0.85 }}>
                  {lastSynced}
                </Typography>
              </>
            )}
          </Box>
        </ButtonBase>
      </Tooltip>
      <SyncPanel open={panelOpen} onClose={() => setPanelOpen(false)} />
    </>
  );
};
