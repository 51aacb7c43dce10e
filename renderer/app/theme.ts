import { createTheme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Locale } from '../../shared/i18n/messages';

/** Colours the screens use beyond the palette, kept here so every feature draws from one set. */
export const surface = {
  border: '#dde3ea',
  subtle: '#f7f9fb',
  navBackground: '#ffffff',
  appBar: '#163e73',
} as const;

/**
 * A calm government-service palette: deep blue for primary actions, muted greys for structure, and
 * red kept for errors and overdue work only. Large-font mode (适老化) raises the root font size, so
 * every rem — the type ramp, headings, and widths given in rem such as the navigation — grows in step
 * and no screen needs its own large-font branch.
 * The focus ring is always on and thick enough to see from a counter chair: clerks work by keyboard.
 */
export const buildTheme = (locale: Locale, largeFont: boolean) =>
  createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#1d4f91', dark: '#143a6b', light: '#4a78b5', contrastText: '#ffffff' },
        secondary: { main: '#0f766e', contrastText: '#ffffff' },
        error: { main: '#b3261e' },
        success: { main: '#2e7d32' },
        warning: { main: '#a15c00' },
        info: { main: '#1d6fb8' },
        background: { default: '#f2f4f7', paper: '#ffffff' },
        text: { primary: '#1f2933', secondary: '#52606d' },
        divider: surface.border,
      },
      shape: { borderRadius: 8 },
      focusVisible: { outlineWidth: 3, outlineColor: '#f0a500', outlineOffset: 2 },
      typography: {
        fontSize: 14,
        fontFamily: [
          '"Microsoft YaHei"',
          '"PingFang SC"',
          '"Noto Sans CJK SC"',
          '"Source Han Sans SC"',
          '"WenQuanYi Micro Hei"',
          'sans-serif',
        ].join(','),
        h1: { fontSize: '1.6rem', fontWeight: 600, lineHeight: 1.35 },
        h2: { fontSize: '1.3rem', fontWeight: 600, lineHeight: 1.4 },
        h3: { fontSize: '1.1rem', fontWeight: 600, lineHeight: 1.45 },
        h4: { fontSize: '1rem', fontWeight: 600, lineHeight: 1.5 },
        subtitle1: { fontWeight: 600 },
        body1: { lineHeight: 1.6 },
        body2: { lineHeight: 1.55 },
        button: { textTransform: 'none', fontWeight: 600, letterSpacing: 0 },
      },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            body: { fontVariantNumeric: 'tabular-nums' },
            // A focused element scrolled into view should not hide under the sticky app bar.
            html: { scrollPaddingTop: 72, fontSize: largeFont ? '118.75%' : '100%' },
          },
        },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiPaper: {
          defaultProps: { elevation: 0 },
          styleOverrides: { root: { border: `1px solid ${surface.border}` } },
        },
        MuiAppBar: {
          defaultProps: { elevation: 0 },
          styleOverrides: { root: { border: 'none', backgroundColor: surface.appBar } },
        },
        MuiDialog: { styleOverrides: { paper: { border: 'none' } } },
        MuiMenu: { styleOverrides: { paper: { border: 'none' } } },
        MuiPopover: { styleOverrides: { paper: { border: `1px solid ${surface.border}` } } },
        MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
        MuiTooltip: { styleOverrides: { tooltip: { fontSize: '0.85rem' } } },
        // MUI draws unselected toggles in action.active (54% black): 4.49:1 on the page grey, just under AA.
        MuiToggleButton: { styleOverrides: { root: { color: '#52606d' } } },
        MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600, minHeight: 44 } } },
        MuiListItemButton: {
          styleOverrides: {
            root: {
              borderRadius: 8,
              '&.Mui-selected': { backgroundColor: '#e3ecf7', color: '#143a6b' },
              '&.Mui-selected:hover': { backgroundColor: '#d6e3f3' },
            },
          },
        },
        MuiTableCell: {
          styleOverrides: { head: { fontWeight: 600, backgroundColor: surface.subtle } },
        },
      },
    },
    locale === 'zh-CN' ? zhCN : enUS,
  );
