import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

type Props = {
  title: string;
  /** One line under the title: the date, the desk, a count. */
  subtitle?: ReactNode;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  /** Above the title, e.g. a back link. */
  before?: ReactNode;
  children: ReactNode;
  /**
   * `fill`: the page takes exactly the content area's height and its own children scroll (long
   * virtualized lists); otherwise the content area scrolls the page.
   */
  fill?: boolean;
};

/** Every screen's frame: the same margins, one h1, and actions in the same place. */
export const Page = ({ title, subtitle, actions, before, children, fill = false }: Props) => (
  <Box
    sx={{
      px: { xs: 2, md: 3 },
      py: 2.5,
      width: '100%',
      maxWidth: 1280,
      mx: 'auto',
      display: 'flex',
      flexDirection: 'column',
      gap: 2,
      ...(fill ? { flex: 1, minHeight: 0 } : {}),
    }}
  >
    {before}
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 240 }}>
        <Typography variant="h1">{title}</Typography>
        {subtitle && (
          <Typography component="div" sx={{ color: 'text.secondary', mt: 0.5 }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {actions && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>{actions}</Box>
      )}
    </Box>
    {children}
  </Box>
);
