import { Box, Typography } from '@mui/material';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import type { DeskDetails } from '../../app/useDeskDetails';
import { useI18n } from '../../i18n/useI18n';
import { useRoleLabel } from '../../components/useRoleLabel';

/** Who sits at this desk and where: the clerk and role, the hall and window number. */
export const DeskBadge = ({ details }: { details: DeskDetails }) => {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const { clerk, hall, window } = details;
  return (
    <Box
      aria-label={t('shell.deskLabel')}
      role="group"
      sx={{ display: 'flex', alignItems: 'center', gap: 1.25, minWidth: 0 }}
    >
      <PersonOutlinedIcon aria-hidden sx={{ opacity: 0.85 }} />
      <Box sx={{ minWidth: 0, lineHeight: 1.3 }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: 600 }} data-testid="desk-clerk">
          {clerk
            ? t('shell.clerk', { name: clerk.name, role: roleLabel(clerk.roles) })
            : t('shell.deskMissing')}
        </Typography>
        <Typography variant="caption" noWrap component="div" sx={{ opacity: 0.85 }} data-testid="desk-window">
          {hall?.name ?? ''}
          {window ? ` · ${t('shell.windowNumber', { number: window.number })}` : ''}
        </Typography>
      </Box>
    </Box>
  );
};
