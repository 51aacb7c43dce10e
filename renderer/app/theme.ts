import { createTheme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Locale } from '../../shared/i18n/messages';

/**
 * A calm government-service palette: deep blue for primary actions, generous type, and a large-font
 * mode (适老化) that scales the whole type ramp rather than individual components.
 */
export const buildTheme = (locale: Locale, largeFont: boolean) =>
  createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#1d4f91', dark: '#143a6b', light: '#4a78b5', contrastText: '#ffffff' },
        secondary: { main: '#b3261e' },
        success: { main: '#2e7d32' },
        warning: { main: '#b26a00' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
        text: { primary: '#1f2933', secondary: '#52606d' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontSize: largeFont ? 17 : 14,
        fontFamily: [
          '"Microsoft YaHei"',
          '"PingFang SC"',
          '"Noto Sans CJK SC"',
          '"Source Han Sans SC"',
          'sans-serif',
        ].join(','),
        h1: { fontSize: '1.75rem', fontWeight: 600 },
        h2: { fontSize: '1.4rem', fontWeight: 600 },
        h3: { fontSize: '1.2rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiPaper: {
          defaultProps: { elevation: 0 },
          styleOverrides: { root: { border: '1px solid #e1e5eb' } },
        },
        MuiAppBar: { styleOverrides: { root: { border: 'none' } } },
      },
    },
    locale === 'zh-CN' ? zhCN : enUS,
  );
