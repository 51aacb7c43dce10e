import { useState } from 'react';
import {
  Box,
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import {
  certificateMethodSchema,
  type CertificateEntry,
  type CertificateList,
} from '../../../shared/certificates/model';
import { useI18n } from '../../i18n/useI18n';
import { entryPath } from './paths';

const page = 200;

type Props = {
  list: CertificateList;
  entries: readonly CertificateEntry[];
  /** Set for a supervisor looking at a draft: each dropped entry's method can be chosen. */
  onClassify?: (entry: CertificateEntry, method: CertificateEntry['method'] & string) => void;
};

/** The entries of one version, 待分类 first when classifying, 200 at a time (lists reach 5,000). */
export const EntriesTable = ({ list, entries, onClassify }: Props) => {
  const { t } = useI18n();
  const [limit, setLimit] = useState(page);
  const ordered = onClassify
    ? [...entries].sort(
        (a, b) =>
          Number(b.method === 'unclassified') - Number(a.method === 'unclassified') ||
          a.position - b.position,
      )
    : entries;
  return (
    <Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('certificates.entry.serial')}</TableCell>
            <TableCell>{t('certificates.entry.name')}</TableCell>
            <TableCell>{t('certificates.entry.issuer')}</TableCell>
            <TableCell>
              {list.kind === 'kept'
                ? t('certificates.entry.keptReason')
                : t('certificates.entry.replacementText')}
            </TableCell>
            {list.kind === 'dropped' && <TableCell>{t('certificates.entry.method')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {ordered.slice(0, limit).map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>{entry.serial}</TableCell>
              <TableCell>
                <Link component={RouterLink} to={entryPath(entry.id)}>
                  {entry.name}
                </Link>
              </TableCell>
              <TableCell>{entry.issuer}</TableCell>
              <TableCell sx={{ maxWidth: 360 }}>
                {list.kind === 'kept' ? entry.keptReason : entry.replacementText}
              </TableCell>
              {list.kind === 'dropped' && (
                <TableCell>
                  {onClassify ? (
                    <TextField
                      select
                      size="small"
                      value={entry.method ?? 'unclassified'}
                      error={entry.method === 'unclassified'}
                      onChange={(event) => onClassify(entry, event.target.value as never)}
                      slotProps={{
                        select: { native: true },
                        htmlInput: { 'aria-label': t('certificates.classifyEntry', { name: entry.name }) },
                      }}
                    >
                      {certificateMethodSchema.options.map((method) => (
                        <option key={method} value={method}>
                          {t(`certificates.method.${method}`)}
                        </option>
                      ))}
                    </TextField>
                  ) : (
                    entry.method && t(`certificates.method.${entry.method}`)
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {ordered.length > limit && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 1.5 }}>
          <Typography sx={{ color: 'text.secondary' }}>
            {t('certificates.shownOf', { shown: limit, total: ordered.length })}
          </Typography>
          <Button onClick={() => setLimit(limit + page)}>{t('certificates.showMore')}</Button>
        </Box>
      )}
    </Box>
  );
};
