import { Box, Typography } from '@mui/material';
import type { Material } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

/** Everything the one-time notice will list, so the clerk can read it out before printing. */
export const MissingMaterialsList = ({ materials }: { materials: readonly Material[] }) => {
  const { t } = useI18n();
  return (
    <Box sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1.5 }}>
      <Typography sx={{ fontWeight: 600, mb: 0.5 }}>{t('cases.finish.missingList')}</Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {materials.map((material) => (
          <li key={material.id}>
            <Typography component="span">{material.name}</Typography>
            <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
              {` · ${t(`form.${material.form}`)}`}
              {material.isCertificate && material.issuer
                ? ` · ${t('cases.materials.issuer', { issuer: material.issuer })}`
                : ''}
            </Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
};
