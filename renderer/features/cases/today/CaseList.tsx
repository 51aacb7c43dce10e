import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Box, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { windowOfDay } from '../../../../shared/domain/dayFigures';
import { recordingClerkOf } from '../../../../shared/domain/outcomeCorrection';
import type { IsoDay } from '../../../../shared/time';
import { focusIsFree } from '../../../components/arrivalFocus';
import { useI18n } from '../../../i18n/useI18n';
import { CaseRow, rowColumns, rowHeight } from './CaseRow';

type Props = {
  cases: readonly Case[];
  now: Date;
  day: IsoDay;
  /** Window numbers and staff names by id, for the 窗口 and 经办人 columns. */
  names: { windows: ReadonlyMap<string, number>; staff: ReadonlyMap<string, string> };
};

/**
 * Today's cases, virtualized: only the rows in view are in the DOM, so a busy hall's day (or a
 * stress test's hundred thousand rows) scrolls as smoothly as ten. ↑/↓ move between rows; the
 * virtualizer scrolls the target into view before it is focused.
 */
export const CaseList = ({ cases, now, day, names }: Props) => {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler cannot memoize; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  // While a row is being scrolled into view, further key presses count from it, not from the old focus.
  const pendingRef = useRef<number | null>(null);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(cases.length - 1, index));
    pendingRef.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const focus = (attempt: number) => {
      if (pendingRef.current !== target) return;
      // A dialog opened while the row was still being rendered (N right after Alt+3) keeps the focus:
      // taking it would send the clerk's typing nowhere.
      if (document.activeElement?.closest('[role="dialog"]')) {
        pendingRef.current = null;
        return;
      }
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (row) {
        row.focus();
        pendingRef.current = null;
      } else if (attempt < 30) requestAnimationFrame(() => focus(attempt + 1));
      else pendingRef.current = null;
    };
    requestAnimationFrame(() => focus(0));
  };

  // Arriving on 今日办件 (Alt+3, a link), the hint "↑/↓ 选择，Enter 打开" must work at once: the first
  // row takes the focus unless the clerk is already somewhere (typing a search, in a dialog).
  useEffect(() => {
    if (focusIsFree()) focusRow(0);
    // Only on arrival: later list changes must not pull the focus away from the clerk.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = pendingRef.current ?? Number((event.target as HTMLElement).dataset.index ?? -1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + 10,
      PageUp: current - 10,
      Home: 0,
      End: cases.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box
        aria-hidden
        sx={{
          display: 'grid',
          gridTemplateColumns: rowColumns,
          gap: 2,
          px: 2,
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'grey.50',
          color: 'text.secondary',
        }}
      >
        {(
          [
            'cases.row.time',
            'cases.row.window',
            'cases.row.applicant',
            'cases.row.item',
            'cases.row.clerk',
            'cases.row.status',
            'cases.row.elapsed',
          ] as const
        ).map((key) => (
          <Typography key={key} variant="body2" sx={{ fontWeight: 600 }}>
            {t(key)}
          </Typography>
        ))}
      </Box>
      <Box
        ref={scrollRef}
        role="region"
        aria-label={t('cases.today.list')}
        onKeyDown={onKeyDown}
        sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}
      >
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const caseRecord = cases[row.index];
            if (!caseRecord) return null;
            const windowId = windowOfDay(caseRecord, day) ?? caseRecord.windowId;
            const windowNumber = names.windows.get(windowId);
            const clerkId = recordingClerkOf(caseRecord);
            return (
              <CaseRow
                key={caseRecord.id}
                caseRecord={caseRecord}
                now={now}
                index={row.index}
                top={row.start}
                windowLabel={
                  windowNumber === undefined ? '—' : t('cases.row.windowNumber', { number: windowNumber })
                }
                clerkName={names.staff.get(clerkId) ?? '—'}
              />
            );
          })}
        </Box>
      </Box>
    </Box>
  );
};
