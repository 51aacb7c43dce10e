import { Box, Chip, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { ListedMaterial } from '../../../../shared/certificates/applyLists';
import { useI18n } from '../../../i18n/useI18n';
import { entryPath } from '../../certificates/paths';

/**
 * A certificate no longer asked for: 不再索要 — and what the window does instead. When a published
 * list dropped it, the list's method and wording are shown (one source of truth) with a link to the
 * entry; otherwise the item guide's own note.
 */
export const DroppedCertificate = ({ material }: { material: ListedMaterial }) => {
  const { t } = useI18n();
  if (!material.dropped) return null;
  const entry = material.listed?.entry;
  const method =
    entry?.method && entry.method !== 'unclassified'
      ? t(`certificates.method.${entry.method}`)
      : t(`replacement.${material.dropped.replacementMethod}`);
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
          label={t('certificates.window.noLongerRequired', { method })}
          sx={{ borderRadius: 1, height: 22, fontWeight: 600 }}
        />
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t('cases.materials.droppedHow', { method, replacement: material.dropped.replacement })}
      </Typography>
      {material.listed && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('certificates.window.onList', { list: material.listed.list.title })} ·{' '}
          <Link component={RouterLink} to={entryPath(material.listed.entry.id)}>
            {t('certificates.window.openEntry')}
          </Link>
        </Typography>
      )}
      {!material.listed && material.issuer && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('cases.materials.issuer', { issuer: material.issuer })}
        </Typography>
      )}
    </Box>
  );
};
