import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Box, List, Typography } from '@mui/material';
import type { BoardRow } from '../model/boardRows';
import { NoteRow, virtualRowHeight } from './NoteRow';

type Props = { rows: readonly BoardRow[]; empty: string; label: string };

/**
 * The board's notes, virtualized: a department's 20,000 notes are all reachable by scrolling, and a
 * filter change re-renders only the rows in view (rendering hundreds of rows was what made a change
 * take most of a second; tests/bench/duty-board.ts).
 */
export const VirtualNoteList = ({ rows, empty, label }: Props) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler cannot memoize; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => virtualRowHeight,
    overscan: 6,
    getItemKey: (index) => rows[index]?.note.id ?? index,
  });
  if (rows.length === 0)
    return <Typography sx={{ color: 'text.secondary', px: 2.5, py: 1.5 }}>{empty}</Typography>;
  return (
    <Box ref={scrollRef} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <List
        dense
        aria-label={label}
        disablePadding
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return row ? (
            <NoteRow key={row.note.id} row={row} placed={{ index: item.index, top: item.start }} />
          ) : null;
        })}
      </List>
    </Box>
  );
};
