import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import { Box, Link, Typography } from '@mui/material';
import { openDeferrals } from '../../../../shared/domain/caseGuide';
import type { HallId } from '../../../../shared/ids';
import { addDays, type IsoDay } from '../../../../shared/time';
import { useDb } from '../../../app/DbContext';
import { useCatalogNames } from './useCatalogNames';
import { useI18n } from '../../../i18n/useI18n';

/**
 * How far back the list looks. 容缺 allows at most 60 working days (about 90 calendar days), and a
 * promise broken for another month is a matter for the duty leader, not the counter; reading a bounded
 * range of the `[day+startedAt]` index keeps the list cheap on a desk holding a year of cases.
 */
const lookBackDays = 120;

/**
 * 容缺待补交: this hall's cases accepted with a material still to come, earliest promise first, an overdue
 * one marked. They may have started weeks ago, so the day's list alone would not show them.
 */
export const DeferredCases = ({ hallId, today }: { hallId: HallId; today: IsoDay }) => {
  const { t } = useI18n();
  const db = useDb();
  const rows = useLiveQuery(
    () =>
      db.cases
        .where('[day+startedAt]')
        .between([addDays(today, -lookBackDays), Dexie.minKey], [today, Dexie.maxKey], true, true)
        .filter((row) => row.hallId === hallId && !row.deleted && openDeferrals(row).length > 0)
        .toArray(),
    [db, hallId, today],
  );
  const materialName = useCatalogNames(rows);
  if (!rows || rows.length === 0) return null;
  const promises = rows
    .flatMap((row) => openDeferrals(row).map((entry) => ({ row, entry })))
    .sort((a, b) => a.entry.dueDay.localeCompare(b.entry.dueDay));
  return (
    <Box component="section" aria-label={t('deferral.listTitle')} sx={{ mb: 1 }}>
      <Typography variant="subtitle2" component="h2" sx={{ mb: 0.5 }}>
        {t('deferral.listTitle')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {promises.map(({ row, entry }) => {
          const overdue = entry.dueDay < today;
          return (
            <li key={`${row.id}:${entry.materialId}`}>
              <Link
                component={RouterLink}
                to={`/cases/${row.id}`}
                sx={overdue ? { color: 'error.main', fontWeight: 600 } : undefined}
              >
                {t('deferral.listRow', {
                  item: row.itemName,
                  applicant: row.applicantName,
                  material: materialName(row.itemId, entry.materialId),
                  dueDay: entry.dueDay,
                })}
                {overdue && t('deferral.listOverdue')}
              </Link>
            </li>
          );
        })}
      </Box>
    </Box>
  );
};
