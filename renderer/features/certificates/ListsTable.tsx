import { Box, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { CertificateList } from '../../../shared/certificates/model';
import { useI18n } from '../../i18n/useI18n';
import { listPath } from './paths';
import { useListLabels } from './useListLabels';

/** Every version of every list on this desk; clerks see published ones only. */
export const ListsTable = ({ lists }: { lists: readonly CertificateList[] }) => {
  const { t } = useI18n();
  const labels = useListLabels();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('certificates.list.title')}</TableCell>
          <TableCell>{t('certificates.list.scope')}</TableCell>
          <TableCell>{t('certificates.list.kind')}</TableCell>
          <TableCell>{t('certificates.list.version')}</TableCell>
          <TableCell align="right">{t('certificates.list.count')}</TableCell>
          <TableCell>{t('certificates.list.effective')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lists.map((list) => (
          <TableRow key={list.id} hover>
            <TableCell>
              <Link component={RouterLink} to={listPath(list.id)}>
                {list.title}
              </Link>
            </TableCell>
            <TableCell>{labels.scope(list)}</TableCell>
            <TableCell>{t(`certificates.kind.${list.kind}`)}</TableCell>
            <TableCell>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                {labels.version(list)}
                {list.status === 'draft' && (
                  <Chip size="small" color="warning" label={t('certificates.status.draft')} />
                )}
              </Box>
            </TableCell>
            <TableCell align="right">{list.entryCount}</TableCell>
            <TableCell>{list.effectiveDate ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
