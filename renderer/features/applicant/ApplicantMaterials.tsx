import { Box, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import type { Case } from '../../../shared/domain/case';
import { isDroppedFor, materialApplies } from '../../../shared/domain/serviceItem';
import type { ListedItem, ListedMaterial } from '../../../shared/certificates/applyLists';
import { isNeededFor, materialsAtVisit } from '../../../shared/domain/guideRules';
import { openDeferrals } from '../../../shared/domain/caseGuide';
import { useI18n } from '../../i18n/useI18n';
import { applicantColour, applicantType } from './applicantType';

type Row = {
  material: ListedMaterial;
  state: 'received' | 'needed' | 'optional' | 'dropped' | 'deferred';
  /** For a 容缺 material: the day the applicant promised it by. */
  dueDay?: string;
};

const rowState = (received: boolean, dropped: boolean, needed: boolean): Row['state'] => {
  if (dropped) return 'dropped';
  if (received) return 'received';
  return needed ? 'needed' : 'optional';
};

const stateColour = {
  received: applicantColour.done,
  needed: applicantColour.needed,
  optional: applicantColour.muted,
  dropped: applicantColour.done,
  deferred: applicantColour.accent,
} as const;

const MaterialRow = ({ material, state, dueDay }: Row) => {
  const { t } = useI18n();
  const label =
    state === 'deferred'
      ? t('deferral.applicant', { dueDay: dueDay ?? '' })
      : t(`applicant.materials.${state}`);
  return (
    <Box
      component="li"
      data-state={state}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: '1vw',
        py: '0.8vh',
        borderBottom: 1,
        borderColor: applicantColour.line,
      }}
    >
      <Box
        aria-hidden
        sx={{
          flex: 'none',
          mt: '0.2em',
          width: '1.3em',
          height: '1.3em',
          borderRadius: 1,
          display: 'grid',
          placeItems: 'center',
          fontSize: applicantType.body,
          color: '#ffffff',
          bgcolor: state === 'received' ? applicantColour.done : 'transparent',
          // A dropped certificate is nothing to tick: no box at all.
          border: state === 'received' || state === 'dropped' ? 0 : 2,
          borderColor: state === 'needed' ? applicantColour.needed : applicantColour.line,
        }}
      >
        {state === 'received' && <CheckIcon sx={{ fontSize: '1em' }} />}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography
          sx={{
            fontSize: applicantType.body,
            fontWeight: 600,
            lineHeight: 1.3,
            color: state === 'dropped' ? applicantColour.muted : applicantColour.text,
            textDecoration: state === 'dropped' ? 'line-through' : 'none',
          }}
        >
          {material.name}
        </Typography>
        {state === 'dropped' && material.dropped && (
          <Typography sx={{ fontSize: applicantType.small, color: applicantColour.muted }}>
            {t('cases.materials.droppedHow', {
              method: t(`replacement.${material.dropped.replacementMethod}`),
              replacement: material.dropped.replacement,
            })}
          </Typography>
        )}
      </Box>
      <Typography
        sx={{ flex: 'none', fontSize: applicantType.small, fontWeight: 700, color: stateColour[state] }}
      >
        {label}
      </Typography>
    </Box>
  );
};

/**
 * The materials of this visit that concern this applicant (by the clerk's answers), with what the
 * applicant has to do about each: nothing, bring it, 已收到, or hand it in later as promised (容缺).
 */
export const ApplicantMaterials = ({ caseRecord, item }: { caseRecord: Case; item: ListedItem }) => {
  const { t } = useI18n();
  const answers = caseRecord.answers;
  const shown = materialsAtVisit(caseRecord, item).filter((material) => materialApplies(material, answers));
  if (shown.length === 0)
    return <Typography sx={{ fontSize: applicantType.body }}>{t('applicant.materials.none')}</Typography>;
  const promises = openDeferrals(caseRecord);
  const rows: Row[] = shown.map((material) => {
    const promise = promises.find((entry) => entry.materialId === material.id);
    if (promise) return { material, state: 'deferred', dueDay: promise.dueDay };
    return {
      material,
      state: rowState(
        caseRecord.receivedMaterialIds.includes(material.id),
        isDroppedFor(material, answers),
        isNeededFor(material, caseRecord, item),
      ),
    };
  });
  // Dropped certificates last: what the applicant must act on comes first.
  rows.sort((a, b) => Number(a.state === 'dropped') - Number(b.state === 'dropped'));
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {rows.map((row) => (
        <MaterialRow key={row.material.id} {...row} />
      ))}
    </Box>
  );
};
