import { Alert, Box, Button, CssBaseline, Paper, ThemeProvider, Typography } from '@mui/material';
import type { MessageKey } from '../../shared/i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { classifyBootError, describeError, type BootFailure } from './bootError';
import { buildTheme } from './theme';

const hints: Record<BootFailure, MessageKey> = {
  storageUnavailable: 'shell.boot.storageUnavailable',
  storageBlocked: 'shell.boot.storageBlocked',
  quota: 'shell.boot.quota',
  timeout: 'shell.boot.timeout',
  unknown: 'shell.boot.unknown',
};

/** Shown instead of the app when the local database cannot be opened or seeded: never a blank window. */
export const BootError = ({ error }: { error: unknown }) => {
  const { t, locale } = useI18n();
  return (
    <ThemeProvider theme={buildTheme(locale, false)}>
      <CssBaseline />
      <Box
        component="main"
        sx={{
          minHeight: '100vh',
          display: 'grid',
          placeItems: 'center',
          bgcolor: 'background.default',
          p: 3,
        }}
      >
        <Paper sx={{ maxWidth: 620, width: '100%', p: 4 }}>
          <Typography variant="h1" sx={{ mb: 2 }}>
            {t('shell.boot.title')}
          </Typography>
          <Alert severity="error" sx={{ mb: 3 }}>
            {t(hints[classifyBootError(error)])}
          </Alert>
          <Button variant="contained" size="large" onClick={() => window.location.reload()} autoFocus>
            {t('shell.boot.retry')}
          </Button>
          <Box component="details" sx={{ mt: 3, color: 'text.secondary' }}>
            <Box component="summary" sx={{ cursor: 'pointer' }}>
              {t('shell.boot.details')}
            </Box>
            <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: '0.8rem', mt: 1 }}>
              {describeError(error)}
            </Box>
          </Box>
        </Paper>
      </Box>
    </ThemeProvider>
  );
};
