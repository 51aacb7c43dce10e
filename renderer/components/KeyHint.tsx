import { Box } from '@mui/material';

/** A keyboard key as printed on the keycap, for shortcut hints next to controls. */
export const KeyHint = ({ keys }: { keys: string }) => (
  <Box
    component="kbd"
    sx={{
      fontFamily: 'inherit',
      fontSize: '0.75rem',
      lineHeight: 1.6,
      px: 0.75,
      border: 1,
      borderColor: 'divider',
      borderBottomWidth: 2,
      borderRadius: 0.75,
      color: 'text.secondary',
      bgcolor: 'background.default',
      whiteSpace: 'nowrap',
    }}
  >
    {keys}
  </Box>
);
