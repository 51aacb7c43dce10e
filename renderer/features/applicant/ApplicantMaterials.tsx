import { Box, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import type { Case } from '../../../shared/domain/case';
import type { Material, ServiceItem } from '../../../shared/domain/serviceItem';
import { useI18n } from '../../i18n/useI18n';
import { applicantColour, applicantType } from './applicantType';

type Row = { material: Material; state: 'received' | 'needed' | 'optional' | 'dropped' };

const rowState = (material: Material, received: boolean): Row['state'] => {
  if (material.dropped) return 'dropped';
  if (received) return 'received';
  return material.required ? 'needed' : 'optional';
};

const stateColour = {
  received: applicantColour.done,
  needed: applicantColour.needed,
  optional: applicantColour.muted,
  dropped: applicantColour.done,
} as const;

const MaterialRow = ({ material, state }: Row) => {
  const { t } = useI18n();
  const label = t(`applicant.materials.${state}`);
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
        {material.dropped && (
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

/** Every material of the item with what the applicant has to do about it: nothing, bring it, or 已收到. */
export const ApplicantMaterials = ({ caseRecord, item }: { caseRecord: Case; item: ServiceItem }) => {
  const { t } = useI18n();
  if (item.materials.length === 0)
    return <Typography sx={{ fontSize: applicantType.body }}>{t('applicant.materials.none')}</Typography>;
  // Dropped certificates last: what the applicant must act on comes first.
  const rows = [...item.materials]
    .sort((a, b) => Number(Boolean(a.dropped)) - Number(Boolean(b.dropped)))
    .map((material) => ({
      material,
      state: rowState(material, caseRecord.receivedMaterialIds.includes(material.id)),
    }));
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {rows.map((row) => (
        <MaterialRow key={row.material.id} {...row} />
      ))}
    </Box>
  );
};
