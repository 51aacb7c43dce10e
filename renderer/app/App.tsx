import { useEffect, useMemo } from 'react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { RouterProvider } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { buildTheme } from './theme';
import { useLargeFont } from './preferences';
import { router } from './routes';

export const App = () => {
  const { locale } = useI18n();
  const [largeFont] = useLargeFont();
  const theme = useMemo(() => buildTheme(locale, largeFont), [locale, largeFont]);
  // Screen readers and the browser's font fallback pick Chinese or Latin glyph rules from `lang`.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RouterProvider router={router} />
    </ThemeProvider>
  );
};
