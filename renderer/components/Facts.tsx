import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** A label and its value; `false` or `null` for a row that does not apply. */
export type FactRow = readonly [string, ReactNode] | false | null;

type Props = {
  rows: readonly FactRow[];
  /**
   * A fixed label column (px) lines up the lists of several sections on one page, as in Settings;
   * without it the column is as wide as the longest label.
   */
  labelWidth?: number;
};

/** Label–value pairs as a description list, so a screen reader reads each value with its label. */
export const Facts = ({ rows, labelWidth }: Props) => (
  <Box
    component="dl"
    sx={{
      display: 'grid',
      gridTemplateColumns: labelWidth === undefined ? 'max-content 1fr' : `${labelWidth}px 1fr`,
      columnGap: 3,
      rowGap: 1.25,
      m: 0,
    }}
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
