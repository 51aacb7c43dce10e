import { useLiveQuery } from 'dexie-react-hooks';
import { Box, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useDb } from '../../../app/DbContext';
import { Section } from '../../../components/Section';
import { datePatterns } from '../../../components/datePatterns';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';

/**
 * 到场记录: each visit of the applicant — when, at which window, with which clerk, what was handed in —
 * so a case that came back after 需补正 reads as one story rather than two unrelated cases.
 */
export const VisitsSection = ({ caseRecord, item }: { caseRecord: Case; item: ServiceItem }) => {
  const { t, locale } = useI18n();
  const db = useDb();
  const format = useDateFormat();
  const visits = caseRecord.visits ?? [];
  const names = useLiveQuery(async () => {
    const [windows, staff] = await Promise.all([
      db.windows.bulkGet(visits.map((visit) => visit.windowId)),
      db.staff.bulkGet(visits.map((visit) => visit.staffId)),
    ]);
    return visits.map((_, index) => ({ window: windows[index]?.number, clerk: staff[index]?.name }));
  }, [db, visits]);
  if (visits.length < 2) return null;
  // The last visit's hand-in is written when the next visit starts; until then it is what the case
  // received that no earlier visit brought.
  const handedIn = (index: number): readonly string[] => {
    const recorded = visits[index]?.handedInMaterialIds ?? [];
    if (index < visits.length - 1 || recorded.length > 0) return recorded;
    const earlier = new Set(visits.slice(0, index).flatMap((visit) => visit.handedInMaterialIds));
    return caseRecord.receivedMaterialIds.filter((id) => !earlier.has(id));
  };
  // A multi-visit item's next stage (离婚登记's 审查登记) is part of the item, not a return after 需补正.
  const visitLabel = (index: number): string => {
    const visit = visits[index];
    const stage = item.stages?.find((candidate) => candidate.id === visit?.stageId);
    if (index === 0) return t('cases.visits.first');
    if (stage && (visits[index - 1]?.stageId ?? null) !== stage.id)
      return t('cases.visits.stage', { number: index + 1, title: stage.title });
    return t('cases.visits.return', { number: index + 1 });
  };
  const materialNames = (ids: readonly string[]) =>
    ids
      .map((id) => item.materials.find((material) => material.id === id)?.name)
      .filter(Boolean)
      .join('、');
  return (
    <Section title={t('cases.visits.title')} id="case-visits">
      <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 1 }}>
        {visits.map((visit, index) => (
          <li key={visit.at}>
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {visitLabel(index)}
            </Typography>
            <Typography component="span">
              {` ${format(visit.at, datePatterns[locale].fullDayTime)} · ${
                names?.[index]?.window === undefined
                  ? ''
                  : `${t('shell.windowNumber', { number: names[index].window })} · `
              }${names?.[index]?.clerk ?? ''}`}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('cases.visits.handedIn', {
                materials: materialNames(handedIn(index)) || t('common.none'),
              })}
            </Typography>
          </li>
        ))}
      </Box>
    </Section>
  );
};
