import { Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { datePatterns } from '../../components/datePatterns';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useI18n } from '../../i18n/useI18n';
import { dismissConflict } from '../../sync/rejections';
import { conflictsOf, type ConflictNote } from '../../sync/stores';
import { fieldLabel, shownValue, tableKey } from './labels';
import { useRecordNames } from './useRecordNames';

/** Conflicts of one record (by the `[table+rowId]` index), or of every record. */
export const useRecordConflicts = (record?: { table: string; rowId: string }) => {
  const db = useDb();
  return useLiveQuery(
    () =>
      record
        ? conflictsOf(db).where('[table+rowId]').equals([record.table, record.rowId]).toArray()
        : conflictsOf(db).toArray(),
    [db, record?.table, record?.rowId],
  );
};

/**
 * Fields two desks changed from the same base: either ours overwrote another desk's value (who set
 * what, and what this desk kept), or another desk's later change replaced ours (`overwritten`).
 */
/** Which words a note needs: ours or theirs kept, and whether the change was lost to a delete. */
const conflictLineKey = (note: ConflictNote) =>
  note.editRefused
    ? 'sync.panel.conflictLineEditRefused'
    : note.deleted
      ? note.overwritten
        ? 'sync.panel.conflictLineDeletedMine'
        : 'sync.panel.conflictLineDeletedTheirs'
      : note.overwritten
        ? 'sync.panel.conflictLineOverwritten'
        : 'sync.panel.conflictLine';

export const ConflictList = ({ record }: { record?: { table: string; rowId: string } }) => {
  const { t, locale } = useI18n();
  const db = useDb();
  const formatDate = useDateFormat();
  const conflicts = useRecordConflicts(record) ?? [];
  const names = useRecordNames(conflicts);
  const words = {
    t,
    formatInstant: (iso: string) => formatDate(iso, datePatterns[locale].dayTimeSeconds),
    empty: t('sync.value.empty'),
  };
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
        {t('sync.panel.conflictsTitle')}
      </Typography>
      {conflicts.length === 0 ? (
        <Typography color="text.secondary">{t('sync.panel.conflictsEmpty')}</Typography>
      ) : (
        <List dense>
          {conflicts.map((note) => {
            const table = tableKey(note.table);
            return (
              <ListItem
                key={note.id}
                divider
                secondaryAction={
                  <Button
                    size="small"
                    onClick={() => note.id !== undefined && void dismissConflict(db, note.id)}
                  >
                    {t('sync.panel.dismiss')}
                  </Button>
                }
              >
                <ListItemText
                  primary={t(conflictLineKey(note), {
                    field: fieldLabel(t, note.table, note.field),
                    by: note.theirBy,
                    theirs: shownValue(words, note.table, note.field, note.theirValue),
                    mine: shownValue(words, note.table, note.field, note.mine),
                  })}
                  secondary={`${t(table ?? 'sync.table.unknown')} · ${names.get(`${note.table}:${note.rowId}`) ?? t('sync.panel.record')}`}
                  sx={{ pr: 10 }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
};
