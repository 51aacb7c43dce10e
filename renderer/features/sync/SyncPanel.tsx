import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useDateFormat } from '../../i18n/useDateFormat';
import { datePatterns } from '../../components/datePatterns';
import { useI18n } from '../../i18n/useI18n';
import { deleteSyncState, getSyncState } from '../../sync/stores';
import { isUnencryptedRemote } from '../../../shared/sync/transport';
import { useSyncEngine, useSyncStatus } from './SyncContext';
import { SyncProgress } from './SyncProgress';
import { RejectionList } from './RejectionList';
import { HeldList } from './HeldList';
import { ConflictList } from './ConflictList';
import { SignInDialog } from './SignInDialog';
import { errorKey } from './labels';
import { ProblemMessage } from '../../components/ProblemMessage';
import { problem } from '../../components/problem';
import { useOnlineStatus } from '../shell/useOnlineStatus';

type Props = { open: boolean; onClose: () => void };

/** The details behind the status pill: last sync, what waits, what the server refused, conflicts. */
export const SyncPanel = ({ open, onClose }: Props) => {
  const { t, locale } = useI18n();
  const db = useDb();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const networkUp = useOnlineStatus();
  const formatDate = useDateFormat();
  const lost = useLiveQuery(() => getSyncState(db, 'serverLostSeqs'), [db]);
  const serverUrl = useLiveQuery(() => getSyncState(db, 'serverUrl'), [db]);
  const restored = useLiveQuery(() => getSyncState(db, 'serverRestored'), [db]);
  const [signingIn, setSigningIn] = useState(false);
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="sync-panel-title" fullWidth maxWidth="md">
      <DialogTitle id="sync-panel-title">{t('sync.panel.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        {!status.configured && <Alert severity="info">{t('sync.settings.notConfigured')}</Alert>}
        {serverUrl && isUnencryptedRemote(serverUrl) && (
          <Alert severity="warning" data-testid="unencrypted-connection">
            {t('sync.unencrypted')}
          </Alert>
        )}
        {status.needsSignIn && status.configured && (
          <Alert
            severity="warning"
            action={<Button onClick={() => setSigningIn(true)}>{t('sync.signIn.again')}</Button>}
          >
            {t('sync.signIn.needed')}
          </Alert>
        )}
        {status.lastError && (
          <Alert severity={status.lastError.code === 'network' ? 'info' : 'error'}>
            <ProblemMessage
              problem={problem(t(errorKey(status.lastError.code, networkUp)), status.lastError.message)}
            />
          </Alert>
        )}
        {restored && (
          <Alert
            severity="info"
            action={
              <Button onClick={() => void deleteSyncState(db, 'serverRestored')}>
                {t('sync.panel.dismiss')}
              </Button>
            }
          >
            {t('sync.panel.serverRestored', {
              time: formatDate(restored.at, datePatterns[locale].dayTimeSeconds),
              count: restored.resent,
            })}
          </Alert>
        )}
        {lost && (
          <Alert severity="warning">{t('sync.panel.serverLost', { from: lost.from, to: lost.to })}</Alert>
        )}
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
          <Typography>
            {status.lastSyncedAt
              ? t('sync.panel.lastSynced', {
                  time: formatDate(status.lastSyncedAt, datePatterns[locale].dayTimeSeconds),
                })
              : t('sync.panel.neverSynced')}
          </Typography>
          <Typography>{t('sync.panel.pending', { count: status.pending })}</Typography>
          {status.configured && !status.needsSignIn && status.staff && (
            // Whether another desk's case shows here at once or only at the next timed sync.
            <Typography data-testid="live-updates" color={status.live ? 'text.primary' : 'text.secondary'}>
              {t(status.live ? 'sync.panel.liveOn' : 'sync.panel.liveOff')}
            </Typography>
          )}
        </Box>
        <SyncProgress />
        <HeldList />
        <RejectionList />
        <ConflictList />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button
          variant="contained"
          disabled={!engine || !status.configured || status.running}
          onClick={() => void engine?.sync()}
        >
          {status.running ? t('sync.panel.syncing') : t('sync.panel.syncNow')}
        </Button>
      </DialogActions>
      <SignInDialog open={signingIn} onClose={() => setSigningIn(false)} />
    </Dialog>
  );
};
