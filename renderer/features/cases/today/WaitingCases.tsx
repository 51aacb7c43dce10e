import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import { Box, Link, Typography } from '@mui/material';
import type { HallId } from '../../../../shared/ids';
import { useDb } from '../../../app/DbContext';
import { useI18n } from '../../../i18n/useI18n';

/**
 * Cases of this hall between the visits of a multi-visit item (离婚冷静期). They started on an earlier
 * day, so the day's list does not show them; the clerk finds them here when the parties come back.
 */
export const WaitingCases = ({ hallId }: { hallId: HallId }) => {
  const { t } = useI18n();
  const db = useDb();
  const waiting = useLiveQuery(
    () =>
      db.cases
        .where('status')
        .equals('waiting')
        .filter((row) => row.hallId === hallId && !row.deleted)
        .sortBy('startedAt'),
    [db, hallId],
  );
  if (!waiting || waiting.length === 0) return null;
  return (
    <Box component="section" aria-label={t('cases.waiting.listTitle')} sx={{ mb: 1 }}>
      <Typography variant="subtitle2" component="h2" sx={{ mb: 0.5 }}>
        {t('cases.waiting.listTitle')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {waiting.map((row) => (
          <li key={row.id}>
            <Link component={RouterLink} to={`/cases/${row.id}`}>
              {`${row.itemName} · ${(row.parties ?? []).map((party) => party.name).join('、') || row.applicantName} · ${row.day}`}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
};
