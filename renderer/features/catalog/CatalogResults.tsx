import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Box } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { deskRefusal } from '../../../shared/domain/guideRules';
import type { AdminLevel } from '../../../shared/domain/itemGuide';
import { useI18n } from '../../i18n/useI18n';
import { CatalogResultRow } from './CatalogResultRow';

type Props = {
  items: readonly ServiceItem[];
  departmentLabel: (departmentId: string | null) => string;
  /** The desk's department, to tell which items this window may start a case for. */
  deskDepartmentId: string;
  deskHallLevel: AdminLevel | undefined;
  activeIndex: number;
  /** `focus`: the change came from the keyboard and the row should take focus. */
  onActiveIndexChange: (index: number, focus: boolean) => void;
  /** Set when the active row should take keyboard focus (arrow keys), not on every re-render. */
  focusRequest: number;
  /** ArrowUp on the first row goes back to the search box. */
  onLeaveTop: () => void;
};

const rowLinkId = (index: number) => `catalog-result-${index}`;

/**
 * The result list, virtualized: only the rows in view exist in the DOM, so 2,000 items scroll and
 * filter without delay. Rows keep one tab stop (the active row) and arrow keys move between them.
 */
export const CatalogResults = (props: Props) => {
  const { t } = useI18n();
  const { items, activeIndex, onActiveIndexChange, focusRequest } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not run the React Compiler, so nothing memoizes the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 78,
    overscan: 6,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  useEffect(() => {
    if (focusRequest === 0) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    // The row may only exist after the virtualizer has rendered the new range.
    const frame = requestAnimationFrame(() => document.getElementById(rowLinkId(activeIndex))?.focus());
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves focus
  }, [focusRequest]);

  const onLinkKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, activeIndex + 1),
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: last,
      PageDown: Math.min(last, activeIndex + 8),
      PageUp: Math.max(0, activeIndex - 8),
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0) props.onLeaveTop();
    else onActiveIndexChange(next, true);
  };

  return (
    <Box
      ref={scrollRef}
      sx={{ flex: 1, minHeight: 0, overflowY: 'auto', contain: 'strict' }}
      data-testid="catalog-results"
    >
      <Box
        role="list"
        aria-label={t('catalog.results')}
        aria-description={t('catalog.resultsHint')}
        sx={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <Box
              key={row.key}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              data-index={row.index}
              ref={virtualizer.measureElement}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <CatalogResultRow
                item={item}
                departmentLabel={props.departmentLabel(item.departmentId)}
                refusal={deskRefusal(props.deskDepartmentId, props.deskHallLevel, item)}
                active={row.index === activeIndex}
                linkId={rowLinkId(row.index)}
                onLinkKeyDown={onLinkKeyDown}
                onFocus={() => {
                  if (row.index !== activeIndex) onActiveIndexChange(row.index, false);
                }}
              />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
