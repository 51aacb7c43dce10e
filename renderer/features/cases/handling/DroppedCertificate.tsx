import { Box, Chip, Typography } from '@mui/material';
import type { Material } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

/** A certificate on the dropped list: 已取消，无需提供, and what the window does instead. */
export const DroppedCertificate = ({ material }: { material: Material }) => {
  const { t } = useI18n();
  if (!material.dropped) return null;
  return (
    <Box
      component="li"
      sx={{ border: 1, borderColor: 'success.light', borderStyle: 'dashed', borderRadius: 1, px: 1.5, py: 1 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600, textDecoration: 'line-through', color: 'text.secondary' }}>
          {material.name}
        </Typography>
        <Chip
          size="small"
          color="success"
          label={t('cases.materials.dropped')}
          sx={{ borderRadius: 1, height: 22, fontWeight: 600 }}
        />
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t('cases.materials.droppedHow', {
          method: t(`replacement.${material.dropped.replacementMethod}`),
          replacement: material.dropped.replacement,
        })}
      </Typography>
      {material.issuer && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('cases.materials.issuer', { issuer: material.issuer })}
        </Typography>
      )}
    </Box>
  );
};
