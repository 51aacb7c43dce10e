import { Alert, AlertTitle } from '@mui/material';
import { useI18n } from '../../i18n/useI18n';
import { ConflictList, useRecordConflicts } from './ConflictList';

/**
 * Shown on a record's own page when a sync found that another desk had changed the same fields:
 * the clerk sees who set what, right where they work, not only in the sync panel.
 */
export const RecordConflicts = ({ table, rowId }: { table: string; rowId: string }) => {
  const { t } = useI18n();
  const conflicts = useRecordConflicts({ table, rowId });
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t('sync.record.conflictsTitle', { count: conflicts.length })}</AlertTitle>
      <ConflictList record={{ table, rowId }} />
    </Alert>
  );
};
