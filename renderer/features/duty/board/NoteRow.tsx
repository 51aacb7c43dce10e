import { memo } from 'react';
import { Box, Chip, ListItem, ListItemButton, ListItemText } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { BoardRow } from '../model/boardRows';
import { notePath } from './notePath';

type Props = {
  row: BoardRow;
  /**
   * In a virtualized list: its position and offset, as numbers so that memo sees an unchanged row; it
   * is then `virtualRowHeight` high, title and details on one line each.
   */
  placed?: { index: number; top: number };
};

export const virtualRowHeight = 68;

const NoteRowView = ({
  row: { note, state, overdue },
  index,
  top,
}: Omit<Props, 'placed'> & { index?: number; top?: number }) => {
  const singleLine = top !== undefined;
  const { t } = useI18n();
  return (
    // The row is a list item holding a link: a list whose children are bare links is no list to a
    // screen reader. In a virtualized list the item is the positioned box and the link fills it.
    <ListItem
      disablePadding
      style={
        singleLine
          ? {
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: virtualRowHeight,
              transform: `translateY(${top}px)`,
            }
          : undefined
      }
      data-index={index}
    >
      <ListItemButton
        component={RouterLink}
        to={notePath(note.id)}
        divider
        style={singleLine ? { height: '100%' } : undefined}
        sx={{ borderLeft: 4, borderColor: overdue ? 'error.main' : 'transparent' }}
      >
        <ListItemText
          primary={
            <Box
              component="span"
              sx={{
                display: 'flex',
                gap: 1,
                alignItems: 'center',
                flexWrap: singleLine ? 'nowrap' : 'wrap',
                minWidth: 0,
              }}
            >
              <Chip
                size="small"
                label={t(`duty.status.${state.status}`)}
                color={state.status === 'resolved' ? 'success' : 'default'}
              />
              {overdue && <Chip size="small" color="error" label={t('duty.overdue')} />}
              <Box
                component="span"
                sx={{
                  fontWeight: 600,
                  ...(singleLine
                    ? { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
                    : {}),
                }}
              >
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
          slotProps={singleLine ? { secondary: { noWrap: true } } : undefined}
        />
      </ListItemButton>
    </ListItem>
  );
};

const MemoRow = memo(NoteRowView);

/**
 * A note as a link; an overdue note is marked in words and colour, not colour alone. Memoized on the
 * row and its position: rows that stay in view across a filter change are not rendered again.
 */
export const NoteRow = ({ row, placed }: Props) => (
  <MemoRow row={row} index={placed?.index} top={placed?.top} />
);
