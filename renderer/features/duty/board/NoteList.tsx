import { List, Typography } from '@mui/material';
import type { BoardRow } from '../model/boardRows';
import { NoteRow } from './NoteRow';

type Props = { rows: readonly BoardRow[]; empty: string; label: string };

/** A short list of notes (a shift's, the carried-over ones); the board uses VirtualNoteList. */
export const NoteList = ({ rows, empty, label }: Props) => {
  if (rows.length === 0)
    return <Typography sx={{ color: 'text.secondary', px: 2.5, py: 1.5 }}>{empty}</Typography>;
  return (
    <List dense aria-label={label} disablePadding>
      {rows.map((row) => (
        <NoteRow key={row.note.id} row={row} />
      ))}
    </List>
  );
};
