import { Box, Paper, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { useDb } from '../../app/DbContext';
import { useDesk } from '../../app/useDesk';
import { surface } from '../../app/theme';
import { PageState } from '../../components/PageState';
import { setMeta } from '../../db/meta';
import { useI18n } from '../../i18n/useI18n';
import { emptyDeskChoice } from './deskChoice';
import { DeskSetupForm } from './DeskSetupForm';
import { useOrganization } from './useOrganization';

/**
 * 窗口台初始设置: shown instead of the app until this machine knows its department, hall, window and
 * clerk. The desk is local (meta), never synced: each machine is one physical window.
 */
export const SetupPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const navigate = useNavigate();
  const org = useOrganization();
  const desk = useDesk();

  let content;
  if (org === undefined || desk === undefined) content = <PageState kind="loading" />;
  else if (org.departments.length === 0) content = <PageState kind="error" message={t('setup.noOrg')} />;
  else
    content = (
      <DeskSetupForm
        org={org}
        initial={desk ?? emptyDeskChoice}
        onSave={async (chosen) => {
          await setMeta(db, 'desk', chosen);
          await navigate('/', { replace: true });
        }}
        onCancel={desk ? () => void navigate('/settings') : undefined}
      />
    );

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', flexDirection: 'column' }}>
      <Box component="header" sx={{ bgcolor: surface.appBar, color: '#fff', px: 3, py: 1.75 }}>
        <Typography component="div" sx={{ fontWeight: 700, fontSize: '1.15rem', letterSpacing: 1 }}>
          {t('app.name')}
        </Typography>
      </Box>
      <Box
        component="main"
        sx={{
          flex: 1,
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'center',
          p: 3,
          overflowY: 'auto',
        }}
      >
        <Paper sx={{ width: '100%', maxWidth: 620, p: { xs: 3, md: 4 }, mt: { xs: 0, md: 2 } }}>
          <Typography variant="h1" sx={{ mb: 1 }}>
            {t('setup.title')}
          </Typography>
          <Typography sx={{ color: 'text.secondary', mb: 3 }}>{t('setup.intro')}</Typography>
          {content}
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
            {t('setup.footnote')}
          </Typography>
        </Paper>
      </Box>
    </Box>
  );
};
