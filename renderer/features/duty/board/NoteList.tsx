import { Box, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { BoardRow } from '../model/boardRows';
import { notePath } from './notePath';

type Props = { rows: readonly BoardRow[]; empty: string; label: string };

/** Notes as a list of links; an overdue note is marked in words and colour, not colour alone. */
export const NoteList = ({ rows, empty, label }: Props) => {
  const { t } = useI18n();
  if (rows.length === 0)
    return <Typography sx={{ color: 'text.secondary', px: 2.5, py: 1.5 }}>{empty}</Typography>;
  return (
    <List dense aria-label={label} disablePadding>
      {rows.map(({ note, state, overdue }) => (
        <ListItemButton
          key={note.id}
          component={RouterLink}
          to={notePath(note.id)}
          divider
          sx={
            overdue
              ? { borderLeft: 4, borderColor: 'error.main' }
              : { borderLeft: 4, borderColor: 'transparent' }
          }
        >
          <ListItemText
            primary={
              <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip
                  size="small"
                  label={t(`duty.status.${state.status}`)}
                  color={state.status === 'resolved' ? 'success' : 'default'}
                />
                {overdue && <Chip size="small" color="error" label={t('duty.overdue')} />}
                <Box component="span" sx={{ fontWeight: 600 }}>
                  {note.description}
                </Box>
              </Box>
            }
            secondary={[
              t(`duty.category.${note.category}`),
              note.itemName || null,
              t('duty.board.raised', { day: note.raisedDay, name: note.raisedByName }),
              state.ownerName ? t('duty.board.owner', { name: state.ownerName }) : t('duty.board.noOwner'),
              state.deadline ? t('duty.board.deadline', { day: state.deadline }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItemButton>
      ))}
    </List>
  );
};
