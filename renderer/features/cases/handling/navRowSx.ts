import type { SxProps, Theme } from '@mui/material';

/**
 * A checklist row: the whole row is the checkbox's label (a click anywhere toggles), the current row
 * is tinted, and keyboard focus on its checkbox outlines the whole row so the clerk sees where J/K went.
 */
export const navRowSx = (current: boolean): SxProps<Theme> => ({
  display: 'flex',
  alignItems: 'flex-start',
  gap: 1.5,
  px: 1,
  py: 1,
  mb: 0.5,
  borderRadius: 1,
  cursor: 'pointer',
  position: 'relative',
  bgcolor: current ? 'rgba(29, 79, 145, 0.08)' : 'transparent',
  '&:hover': { bgcolor: current ? 'rgba(29, 79, 145, 0.12)' : 'action.hover' },
  '&:has(.Mui-focusVisible)': {
    outline: '3px solid',
    outlineColor: 'primary.main',
    outlineOffset: 1,
  },
});
