import { useState } from 'react';
import { Box, Button, Paper, Typography } from '@mui/material';
import CloudSyncOutlinedIcon from '@mui/icons-material/CloudSyncOutlined';
import ComputerOutlinedIcon from '@mui/icons-material/ComputerOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useNavigate } from 'react-router';
import type { Desk } from '../../../shared/domain/organization';
import type { SessionStaff } from '../../../shared/sync/contract';
import { useDb } from '../../app/DbContext';
import { useDesk } from '../../app/useDesk';
import { surface } from '../../app/theme';
import { PageState } from '../../components/PageState';
import { getMeta, setMeta } from '../../db/meta';
import { useI18n } from '../../i18n/useI18n';
import { getSyncState } from '../../sync/stores';
import { clearLock } from '../lock/lockState';
import { chooseSetupHall } from '../../sync/scope';
import { useSyncEngine, useSyncStatus } from '../sync/SyncContext';
import { ConnectServerForm } from './ConnectServerForm';
import { emptyDeskChoice } from './deskChoice';
import { DeskSetupForm } from './DeskSetupForm';
import { SetupCard } from './SetupCard';
import { SignedInDeskForm } from './SignedInDeskForm';
import { useOrganization } from './useOrganization';

/**
 * 窗口台初始设置: shown instead of the app until this machine knows its department, hall, window and
 * clerk. Two ways side by side: sign in to the sync server (the account decides clerk and department,
 * then hall and window are chosen), or use the desk alone with the clerk picker. The desk is local
 * (meta), never synced: each machine is one physical window.
 */
export const SetupPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const navigate = useNavigate();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const org = useOrganization();
  const desk = useDesk();
  const stored = useLiveQuery(
    async () => ({
      serverUrl: (await getSyncState(db, 'serverUrl')) ?? '',
      locked: (await getMeta(db, 'locked')) !== undefined,
    }),
    [db],
  );
  const [signedIn, setSignedIn] = useState<SessionStaff | null>(null);

  /** The first download pulls the hall picked in the form, from the start (renderer/sync/scope.ts). */
  const startFirstSync = (hallId: string) => {
    void chooseSetupHall(db, hallId).then(() => engine?.sync());
  };

  // A locked desk is set up again only after unlocking, or /setup would be a way past the lock.
  if (desk && stored?.locked) return <Navigate to="/" replace />;

  const save = async (chosen: Desk, how: 'server' | 'standalone') => {
    if (how === 'standalone' && status.configured) await engine?.disconnect();
    await setMeta(db, 'desk', chosen);
    await clearLock(db);
    // Set-up's first sync already pulled this hall (it started when the hall was picked); this run
    // sends and fetches whatever changed meanwhile.
    if (how === 'server') void engine?.sync();
    await navigate('/', { replace: true });
  };

  let content;
  if (org === undefined || desk === undefined || stored === undefined) content = <PageState kind="loading" />;
  else if (org.departments.length === 0) content = <PageState kind="error" message={t('setup.noOrg')} />;
  else if (signedIn)
    content = (
      <Paper sx={{ p: { xs: 2.5, md: 3 }, maxWidth: 640, mx: 'auto', width: '100%' }}>
        <Typography variant="h2" sx={{ fontSize: '1.15rem', mb: 2 }}>
          {t('setup.signedIn.title')}
        </Typography>
        <SignedInDeskForm
          org={org}
          staff={signedIn}
          serverUrl={stored.serverUrl}
          onSave={(chosen) => save(chosen, 'server')}
          onHallChosen={startFirstSync}
          onSignInAgain={() => setSignedIn(null)}
        />
      </Paper>
    );
  else
    content = (
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          gap: 3,
          alignItems: 'start',
        }}
      >
        <SetupCard
          id="setup-mode-server"
          icon={<CloudSyncOutlinedIcon />}
          title={t('setup.mode.server')}
          badge={t('setup.mode.serverBadge')}
          intro={t('setup.mode.serverIntro')}
        >
          <ConnectServerForm
            initialServerUrl={stored.serverUrl}
            onSignedIn={(staff) => {
              setSignedIn(staff);
              // A department with one hall has nothing to choose: its first download starts now.
              // Otherwise it starts when the hall is picked, and runs while the window is chosen.
              void db.halls
                .where('departmentId')
                .equals(staff.departmentId)
                .toArray()
                .then((halls) => {
                  if (halls.length === 1 && halls[0]) startFirstSync(halls[0].id);
                });
            }}
          />
        </SetupCard>
        <SetupCard
          id="setup-mode-standalone"
          icon={<ComputerOutlinedIcon />}
          title={t('setup.mode.standalone')}
          intro={status.configured ? t('setup.mode.standaloneDisconnects') : t('setup.mode.standaloneIntro')}
        >
          <DeskSetupForm
            org={org}
            initial={desk ?? emptyDeskChoice}
            onSave={(chosen) => save(chosen, 'standalone')}
          />
        </SetupCard>
      </Box>
    );

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', flexDirection: 'column' }}>
      <Box component="header" sx={{ bgcolor: surface.appBar, color: '#fff', px: 3, py: 1.75 }}>
        <Typography component="div" sx={{ fontWeight: 700, fontSize: '1.15rem', letterSpacing: 1 }}>
          {t('app.name')}
        </Typography>
      </Box>
      <Box component="main" sx={{ flex: 1, p: 3, overflowY: 'auto' }}>
        <Box sx={{ maxWidth: 1120, mx: 'auto', display: 'grid', gap: 2.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
            <Box sx={{ flex: 1, minWidth: 280 }}>
              <Typography variant="h1" sx={{ mb: 0.5 }}>
                {t('setup.title')}
              </Typography>
              <Typography sx={{ color: 'text.secondary' }}>{t('setup.intro')}</Typography>
            </Box>
            {desk && <Button onClick={() => void navigate('/settings')}>{t('setup.cancel')}</Button>}
          </Box>
          {content}
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('setup.footnote')}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
};
