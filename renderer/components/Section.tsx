import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

type Props = {
  title: string;
  /** Element id of the heading, so the region is named by it. */
  id: string;
  actions?: ReactNode;
  children: ReactNode;
  /** No inner padding: for tables and lists that run to the edges. */
  flush?: boolean;
};

/** A titled card: a region landmark named by its h2, used for every block of content. */
export const Section = ({ title, id, actions, children, flush = false }: Props) => (
  <Paper component="section" aria-labelledby={id} sx={{ overflow: 'hidden' }}>
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 2.5,
        py: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="h2" id={id} sx={{ flex: 1, fontSize: '1.1rem' }}>
        {title}
      </Typography>
      {actions}
    </Box>
    <Box sx={flush ? {} : { p: 2.5 }}>{children}</Box>
  </Paper>
);
