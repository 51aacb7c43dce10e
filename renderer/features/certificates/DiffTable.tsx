import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { summarizeDiff, type DiffRow, type FieldChange } from '../../../shared/certificates/diff';
import type { CertificateEntry } from '../../../shared/certificates/model';
import { useI18n } from '../../i18n/useI18n';

const valueText = (change: FieldChange, t: ReturnType<typeof useI18n>['t']): [string, string] => {
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    if (change.field === 'method') return t(`certificates.method.${value as 'commitment'}`);
    if (change.field === 'verificationMethod') return t(`certificates.verification.${value as 'written'}`);
    if (change.field === 'level') return t(`certificates.level.${value as 'city'}`);
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return [show(change.before), show(change.after)];
};

/** Two versions side by side: what was added, removed, moved from kept to dropped, or changed. */
export const DiffTable = ({ rows }: { rows: readonly DiffRow<CertificateEntry>[] }) => {
  const { t } = useI18n();
  const summary = summarizeDiff(rows);
  return (
    <Box>
      <Typography role="status" sx={{ p: 1.5 }}>
        {t('certificates.diff.summary', summary)}
      </Typography>
      <Table size="small" aria-label={t('certificates.diff.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('certificates.diff.change')}</TableCell>
            <TableCell>{t('certificates.entry.name')}</TableCell>
            <TableCell>{t('certificates.diff.field')}</TableCell>
            <TableCell>{t('certificates.diff.before')}</TableCell>
            <TableCell>{t('certificates.diff.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.slice(0, 500).flatMap((row, index) => {
            const name = row.change === 'removed' ? row.before.name : row.after.name;
            const label = t(
              row.change === 'moved'
                ? row.after.kind === 'dropped'
                  ? 'certificates.diff.movedToDropped'
                  : 'certificates.diff.movedToKept'
                : `certificates.diff.${row.change}`,
            );
            if (row.change === 'added' || row.change === 'removed')
              return [
                <TableRow key={index}>
                  <TableCell>{label}</TableCell>
                  <TableCell>{name}</TableCell>
                  <TableCell colSpan={3} />
                </TableRow>,
              ];
            return row.fields.map((change, fieldIndex) => {
              const [before, after] = valueText(change, t);
              return (
                <TableRow key={`${index}-${change.field}`}>
                  <TableCell>{fieldIndex === 0 ? label : ''}</TableCell>
                  <TableCell>{fieldIndex === 0 ? name : ''}</TableCell>
                  <TableCell>{t(`certificates.entry.${change.field}`)}</TableCell>
                  <TableCell sx={{ color: 'text.secondary', maxWidth: 320 }}>{before}</TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>{after}</TableCell>
                </TableRow>
              );
            });
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
