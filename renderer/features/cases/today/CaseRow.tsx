import type { Ref } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import { promiseProgress } from '../../../../shared/domain/caseMachine';
import { openDeferrals } from '../../../../shared/domain/caseGuide';
import { useI18n } from '../../../i18n/useI18n';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { formatDuration } from '../model/duration';
import { StatusChip } from '../StatusChip';

/**
 * 接件时间, 窗口, 申请人, 事项, 经办人, 状态, 用时 — the hall-wide list says who handled what, where. The status
 * column fits "Finished in one visit" on one line; a longer status wraps inside its chip.
 */
export const rowColumns = '72px 64px minmax(120px, 1.2fr) minmax(160px, 2fr) 88px 150px 120px';
export const rowHeight = 56;

type Props = {
  caseRecord: Case;
  now: Date;
  index: number;
  top: number;
  /** Where and by whom the applicant was seen that day (the return visit's window and clerk, if any). */
  windowLabel: string;
  clerkName: string;
  ref?: Ref<HTMLAnchorElement>;
};

/** One case in today's list: a link, so Enter and a click both open it. */
export const CaseRow = ({ caseRecord, now, index, top, windowLabel, clerkName, ref }: Props) => {
  const { t } = useI18n();
  const format = useDateFormat();
  const progress = promiseProgress(caseRecord, now);
  return (
    <Box
      component={RouterLink}
      ref={ref}
      to={`/cases/${caseRecord.id}`}
      data-index={index}
      data-case-row=""
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: rowHeight,
        transform: `translateY(${top}px)`,
        display: 'grid',
        gridTemplateColumns: rowColumns,
        alignItems: 'center',
        gap: 2,
        px: 2,
        color: 'text.primary',
        textDecoration: 'none',
        borderBottom: 1,
        borderColor: 'divider',
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': {
          outline: '3px solid',
          outlineColor: 'primary.main',
          outlineOffset: -3,
          bgcolor: 'action.selected',
        },
      }}
    >
      <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {format(caseRecord.startedAt, 'HH:mm')}
      </Typography>
      <Typography noWrap data-testid="case-row-window">
        {windowLabel}
      </Typography>
      <Box sx={{ minWidth: 0 }}>
        <Typography noWrap sx={{ fontWeight: 600 }}>
          {caseRecord.applicantName}
        </Typography>
        {caseRecord.applicantIdNumber && (
          <Typography
            variant="body2"
            noWrap
            sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}
          >
            {maskIdNumber(caseRecord.applicantIdNumber)}
          </Typography>
        )}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography noWrap>{caseRecord.itemName}</Typography>
        {openDeferrals(caseRecord).length > 0 && (
          <Typography variant="body2" noWrap sx={{ color: 'info.dark', fontWeight: 600 }}>
            {t('deferral.rowChip')}
          </Typography>
        )}
      </Box>
      <Typography noWrap data-testid="case-row-clerk">
        {clerkName}
      </Typography>
      <Box>
        <StatusChip status={caseRecord.status} visits={caseRecord.visits} />
      </Box>
      <Typography
        sx={{ fontVariantNumeric: 'tabular-nums', color: progress.overdue ? 'error.main' : 'text.secondary' }}
      >
        {formatDuration(t, progress.elapsedMs)}
      </Typography>
    </Box>
  );
};
