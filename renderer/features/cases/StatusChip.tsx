import { Chip, type ChipProps } from '@mui/material';
import type { Case, CaseStatus } from '../../../shared/domain/case';
import { finishedOnReturnVisit } from '../../../shared/domain/returnVisit';
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
export const StatusChip = ({
  status,
  visits,
  size = 'small',
}: {
  status: CaseStatus;
  /** With the case's visits, 办结 on a return visit reads 补正后办结, not 一次办结. */
  visits?: Case['visits'];
  size?: 'small' | 'medium';
}) => {
  const { t } = useI18n();
  return (
    <Chip
      label={t(finishedOnReturnVisit({ status, visits }) ? 'status.completedOnReturn' : `status.${status}`)}
      color={colors[status]}
      size={size}
      variant={
        status === 'started' || status === 'inProgress' || status === 'waiting' ? 'outlined' : 'filled'
      }
      // A longer label (English "Finished in one visit", or any language at large font) wraps inside the
      // chip rather than being cut off where a list gives the status a fixed column.
      sx={{
        borderRadius: 1,
        fontWeight: 600,
        height: 'auto',
        minHeight: size === 'small' ? 24 : 32,
        maxWidth: '100%',
        '& .MuiChip-label': { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.25, py: 0.25 },
      }}
    />
  );
};
