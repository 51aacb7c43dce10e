import { AppBar, Box, Link, Toolbar, Typography } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useDeskDetails } from '../../app/useDeskDetails';
import { sectionsFor } from '../../app/navigation';
import { PageState } from '../../components/PageState';
import { OpenApplicantButton } from '../applicant/OpenApplicantButton';
import { CatalogProvider } from '../catalog/CatalogProvider';
import { CaptureProvider } from '../duty/capture/CaptureProvider';
import { useI18n } from '../../i18n/useI18n';
import { LockButton } from '../lock/LockButton';
import { LockScreen } from '../lock/LockScreen';
import { useLockAction, useLockState } from '../lock/useDeskLock';
import { DeskBadge } from './DeskBadge';
import { SideNav } from './SideNav';
import { SyncStatusIndicator } from './SyncStatusIndicator';
import { CertificateChangeNotice } from '../certificates/changes/CertificateChangeNotice';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** App bar height: the content area fills the rest so long lists scroll inside it, not the page. */
const appBarHeight = 60;

/**
 * The frame around every screen except first-run set-up: app bar, navigation and the content area.
 * A desk that is not set up yet is sent to /setup before anything else renders; a locked desk shows
 * only the lock screen (the lock is stored, so a reload shows it again).
 */
export const AppShell = () => {
  const { t } = useI18n();
  const details = useDeskDetails();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const lock = useLockState();
  const lockAction = useLockAction();
  const roles = details?.clerk?.roles;
  const visible = useMemo(() => sectionsFor(roles ?? ['staff']), [roles]);
  useGlobalShortcuts({
    enabled: Boolean(details) && lock === null,
    onLock: lockAction.act,
    sections: visible,
  });

  // The content area is one scroll container shared by all screens: a new screen starts at its top.
  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [pathname]);

  if (details === undefined || lock === undefined) return <PageState kind="loading" />;
  if (details === null) return <Navigate to="/setup" replace />;
  if (lock) return <LockScreen details={details} lock={lock} />;

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
      <Link
        href="#main-content"
        onClick={(event) => {
          // Hash links would be read as routes by the hash router: move focus by hand instead.
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'background.paper',
          px: 2,
          py: 1,
          borderRadius: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('shell.skipToContent')}
      </Link>
      <AppBar position="static" component="header">
        <Toolbar sx={{ minHeight: appBarHeight, gap: 3 }} variant="dense">
          <Typography
            component="div"
            sx={{ fontWeight: 700, fontSize: '1.15rem', letterSpacing: 1, whiteSpace: 'nowrap' }}
          >
            {t('app.name')}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <SyncStatusIndicator />
          <DeskBadge details={details} />
          <OpenApplicantButton />
          <LockButton action={lockAction} desk={details.desk} />
        </Toolbar>
      </AppBar>
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <SideNav sections={visible} />
        <Box
          component="main"
          id="main-content"
          ref={mainRef}
          tabIndex={-1}
          sx={{
            flex: 1,
            minWidth: 0,
            overflowY: 'auto',
            display: 'flex',
            flexDirection: 'column',
            outline: 'none',
          }}
        >
          <CertificateChangeNotice />
          <CatalogProvider>
            <CaptureProvider enabled={lock === null}>
              <Outlet />
            </CaptureProvider>
          </CatalogProvider>
        </Box>
      </Box>
    </Box>
  );
};
