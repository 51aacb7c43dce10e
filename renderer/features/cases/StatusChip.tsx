import { Chip, type ChipProps } from '@mui/material';
import type { CaseStatus } from '../../../shared/domain/case';
import { useI18n } from '../../i18n/useI18n';

const colors: Record<CaseStatus, ChipProps['color']> = {
  started: 'default',
  inProgress: 'primary',
  completedInOneVisit: 'success',
  needsSupplement: 'warning',
  transferred: 'info',
  notAccepted: 'error',
  movedOnline: 'secondary',
  waiting: 'default',
  collected: 'info',
  withdrawn: 'default',
};

/** A case's status in the glossary's words, coloured the same everywhere. */
export const StatusChip = ({ status, size = 'small' }: { status: CaseStatus; size?: 'small' | 'medium' }) => {
  const { t } = useI18n();
  return (
    <Chip
      label={t(`status.${status}`)}
      color={colors[status]}
      size={size}
      variant={
        status === 'started' || status === 'inProgress' || status === 'waiting' ? 'outlined' : 'filled'
      }
      sx={{ borderRadius: 1, fontWeight: 600 }}
    />
  );
};
