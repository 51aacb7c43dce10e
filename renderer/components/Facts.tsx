import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** Label–value pairs as a description list, so a screen reader reads each value with its label. */
export const Facts = ({ rows }: { rows: readonly (readonly [string, ReactNode] | false | null)[] }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1.25, m: 0 }}
  >
    {rows
      .filter((row) => row !== false && row !== null)
      .map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ color: 'text.secondary' }}>
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
  </Box>
);
