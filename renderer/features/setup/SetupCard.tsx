import type { ReactNode } from 'react';
import { Box, Chip, Paper, Typography } from '@mui/material';

type Props = {
  id: string;
  icon: ReactNode;
  title: string;
  badge?: string;
  intro: string;
  children: ReactNode;
};

/** One way of using the desk on the set-up page: a titled card (a region named by its heading). */
export const SetupCard = ({ id, icon, title, badge, intro, children }: Props) => (
  <Paper component="section" aria-labelledby={id} sx={{ p: { xs: 2.5, md: 3 }, display: 'grid', gap: 2 }}>
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <Box
        aria-hidden
        sx={{
          width: 40,
          height: 40,
          borderRadius: 2,
          display: 'grid',
          placeItems: 'center',
          bgcolor: '#e3ecf7',
          color: 'primary.main',
          flexShrink: 0,
        }}
      >
        {icon}
      </Box>
      <Typography variant="h2" id={id} sx={{ fontSize: '1.15rem' }}>
        {title}
      </Typography>
      {badge && <Chip label={badge} size="small" color="primary" variant="outlined" />}
    </Box>
    <Typography variant="body2" sx={{ color: 'text.secondary', mt: -0.5 }}>
      {intro}
    </Typography>
    {children}
  </Paper>
);
