import type { ReactElement } from 'react';
import {
  Box,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Tooltip,
  Typography,
} from '@mui/material';
import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import MenuBookOutlinedIcon from '@mui/icons-material/MenuBookOutlined';
import AssignmentOutlinedIcon from '@mui/icons-material/AssignmentOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import AssignmentIndOutlinedIcon from '@mui/icons-material/AssignmentIndOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { NavLink, useLocation } from 'react-router';
import type { Section } from '../../app/navigation';
import { surface } from '../../app/theme';
import { useI18n } from '../../i18n/useI18n';

const icons: Record<string, ReactElement> = {
  '/': <HomeOutlinedIcon />,
  '/catalog': <MenuBookOutlinedIcon />,
  '/cases': <AssignmentOutlinedIcon />,
  '/certificates': <FactCheckOutlinedIcon />,
  '/duty': <AssignmentIndOutlinedIcon />,
  '/bottlenecks': <ReportProblemOutlinedIcon />,
  '/settings': <SettingsOutlinedIcon />,
};

const isActive = (pathname: string, path: string, end: boolean) =>
  end ? pathname === path : pathname === path || pathname.startsWith(`${path}/`);

/** The left navigation: real links (Tab and Enter work), the current one marked for screen readers. */
export const SideNav = ({ sections }: { sections: readonly Section[] }) => {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Box
      component="nav"
      aria-label={t('shell.navLabel')}
      sx={{
        // Room for the longest English label ("My bottlenecks") on one line beside its Alt+N hint.
        width: '15.5rem',
        flexShrink: 0,
        borderRight: `1px solid ${surface.border}`,
        bgcolor: surface.navBackground,
        overflowY: 'auto',
      }}
    >
      <List sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {sections.map((section, index) => {
          const active = isActive(pathname, section.path, section.end);
          const keys = `Alt+${index + 1}`;
          return (
            // Each link in its own <li>: a list whose children are bare links is not a list to a screen reader.
            <ListItem key={section.path} disablePadding>
              <Tooltip title={t('shell.shortcut', { keys })} placement="right" describeChild>
                <ListItemButton
                  component={NavLink}
                  to={section.path}
                  end={section.end}
                  selected={active}
                  aria-keyshortcuts={keys}
                  // Narrow side padding and icon column leave the label room for English on one line.
                  sx={{ py: 1.1, px: 1.5 }}
                >
                  <ListItemIcon sx={{ minWidth: 36, color: active ? 'primary.main' : 'text.secondary' }}>
                    {icons[section.path]}
                  </ListItemIcon>
                  <ListItemText primary={t(section.labelKey)} />
                  <Typography
                    component="span"
                    aria-hidden
                    variant="caption"
                    // Full text.secondary: faded (opacity 0.75) it measured 3.2–3.6:1, below AA's 4.5:1.
                    sx={{ color: 'text.secondary', ml: 1 }}
                  >
                    {keys}
                  </Typography>
                </ListItemButton>
              </Tooltip>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
};
