import { Box, Button, Paper, Typography } from '@mui/material';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { describeError } from './bootError';

/** A screen that throws shows this instead of a blank page; the data is safe in IndexedDB. */
export const RouteError = () => {
  const { t } = useI18n();
  const error = useRouteError();
  const navigate = useNavigate();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Box component="main" sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
      <Paper sx={{ maxWidth: 640, width: '100%', p: 4 }}>
        <Typography variant="h1" sx={{ mb: 1.5 }}>
          {notFound ? t('shell.routeError.notFound') : t('shell.routeError.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mb: 3 }}>{t('shell.routeError.hint')}</Typography>
        <Box sx={{ display: 'flex', gap: 1.5 }}>
          <Button variant="contained" onClick={() => void navigate('/')} autoFocus>
            {t('shell.routeError.home')}
          </Button>
          <Button onClick={() => window.location.reload()}>{t('shell.routeError.reload')}</Button>
        </Box>
        {!notFound && (
          <Box component="details" sx={{ mt: 3, color: 'text.secondary' }}>
            <Box component="summary" sx={{ cursor: 'pointer' }}>
              {t('shell.boot.details')}
            </Box>
            <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: '0.8rem', mt: 1 }}>
              {isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : describeError(error)}
            </Box>
          </Box>
        )}
      </Paper>
    </Box>
  );
};
