import { useEffect } from 'react';
import { Box, Typography } from '@mui/material';
import { useI18n } from '../../i18n/useI18n';
import { ApplicantCase } from './ApplicantCase';
import { applicantColour, applicantType } from './applicantType';
import { useApplicantView } from './useApplicantView';

const Idle = ({ windowLabel, locked }: { windowLabel: string | null; locked: boolean }) => {
  const { t } = useI18n();
  return (
    <Box
      sx={{
        flex: 1,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        textAlign: 'center',
        gap: '3vh',
      }}
    >
      <Typography component="h1" sx={{ fontSize: 'clamp(48px, 11vh, 140px)', fontWeight: 800 }}>
        {t('applicant.idle.welcome')}
      </Typography>
      {windowLabel && (
        <Typography sx={{ fontSize: applicantType.hero, fontWeight: 700, color: applicantColour.accent }}>
          {windowLabel}
        </Typography>
      )}
      <Typography sx={{ fontSize: applicantType.title, color: applicantColour.muted }}>
        {t(locked ? 'applicant.idle.locked' : 'applicant.idle.wait')}
      </Typography>
    </Box>
  );
};

/**
 * `#/applicant`: the screen turned to the applicant (群众屏), in its own window. No navigation and
 * nothing a clerk could operate; it only follows the case the clerk's window has open. The applicant's
 * name is masked and the ID number never shown, since people queueing behind can read it too.
 */
export const ApplicantScreen = () => {
  const { t } = useI18n();
  const view = useApplicantView();
  useEffect(() => {
    document.title = t('applicant.pageTitle');
  }, [t]);
  const windowLabel =
    view?.windowNumber !== null && view?.windowNumber !== undefined
      ? t('applicant.window', { number: view.windowNumber })
      : null;
  return (
    <Box
      sx={{
        height: '100vh',
        overflow: 'hidden',
        display: 'flex',
        flexDirection: 'column',
        bgcolor: '#ffffff',
        color: applicantColour.text,
        cursor: 'default',
        userSelect: 'none',
      }}
    >
      <Box
        component="header"
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 3,
          px: '4vw',
          py: '1.6vh',
          bgcolor: applicantColour.accent,
          color: '#ffffff',
        }}
      >
        <Typography sx={{ fontSize: applicantType.title, fontWeight: 700, letterSpacing: 2 }}>
          {view?.hallName ?? t('app.name')}
        </Typography>
        {windowLabel && (
          <Typography sx={{ fontSize: applicantType.title, fontWeight: 800, whiteSpace: 'nowrap' }}>
            {windowLabel}
          </Typography>
        )}
      </Box>
      <Box
        component="main"
        aria-live="polite"
        sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', px: '4vw', py: '3vh' }}
      >
        {view === undefined ? null : view.current ? (
          <ApplicantCase caseRecord={view.current.caseRecord} item={view.current.item} />
        ) : (
          <Idle windowLabel={windowLabel} locked={view.locked} />
        )}
      </Box>
      <Box
        component="footer"
        sx={{ px: '4vw', py: '1.2vh', borderTop: 1, borderColor: applicantColour.line, textAlign: 'center' }}
      >
        <Typography sx={{ fontSize: applicantType.small, color: applicantColour.muted }}>
          {t('applicant.footer')}
        </Typography>
      </Box>
    </Box>
  );
};
