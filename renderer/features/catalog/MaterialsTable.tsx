import {
  Alert,
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import type { ListedMaterial } from '../../../shared/certificates/applyLists';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';

/**
 * 办理材料. Dropped certificates stay in the list, struck through with their replacement method, so
 * the clerk can tell an applicant who brings one that it is no longer needed and what replaces it.
 */
export const MaterialsTable = ({
  materials,
  conditions = [],
}: {
  materials: readonly ListedMaterial[];
  /** The guide's yes/no questions, to say when a conditional material applies or is dropped. */
  conditions?: NonNullable<ServiceItem['conditions']>;
}) => {
  const { t } = useI18n();
  const dropped = materials.filter((material) => material.dropped);
  const required = materials.filter((material) => material.required && !material.dropped);
  return (
    <Section
      title={t('catalog.detail.materials')}
      id="item-materials"
      flush
      actions={
        materials.length > 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('catalog.detail.materialsCount', { total: materials.length, required: required.length })}
          </Typography>
        )
      }
    >
      {materials.length === 0 ? (
        <Typography sx={{ p: 2.5, color: 'text.secondary' }}>{t('catalog.detail.noMaterials')}</Typography>
      ) : (
        <>
          {dropped.length > 0 && (
            <Alert severity="success" sx={{ m: 2, mb: 0 }}>
              {t('catalog.detail.droppedSummary', { count: dropped.length })}
            </Alert>
          )}
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby="item-materials">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>
                    {t('catalog.detail.col.index')}
                  </TableCell>
                  <TableCell>{t('catalog.detail.col.name')}</TableCell>
                  <TableCell sx={{ width: 120, whiteSpace: 'nowrap' }}>
                    {t('catalog.detail.col.form')}
                  </TableCell>
                  <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>
                    {t('catalog.detail.col.copies')}
                  </TableCell>
                  <TableCell sx={{ width: 96, whiteSpace: 'nowrap' }}>
                    {t('catalog.detail.col.requirement')}
                  </TableCell>
                  <TableCell sx={{ width: 200 }}>{t('catalog.detail.col.issuer')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {materials.map((material, index) => (
                  <MaterialRow key={material.id} material={material} index={index} conditions={conditions} />
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Section>
  );
};

type RowProps = {
  material: ListedMaterial;
  index: number;
  conditions: NonNullable<ServiceItem['conditions']>;
};

const MaterialRow = ({ material, index, conditions }: RowProps) => {
  const { t } = useI18n();
  // A drop that applies only to some applicants (已参保的免交) leaves the certificate on the list.
  const dropped = material.dropped?.when ? undefined : material.dropped;
  const question = (id: string) => conditions.find((condition) => condition.id === id)?.question ?? id;
  const answer = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  return (
    <TableRow sx={dropped ? { bgcolor: '#f1f8f1' } : undefined} data-dropped={dropped ? 'true' : undefined}>
      <TableCell>{index + 1}</TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography
            component="span"
            sx={dropped ? { textDecoration: 'line-through', color: 'text.secondary' } : { fontWeight: 500 }}
          >
            {material.name}
          </Typography>
          {material.isCertificate && !dropped && (
            <Chip size="small" variant="outlined" label={t('catalog.detail.certificate')} />
          )}
          {dropped && <Chip size="small" color="success" label={t('catalog.detail.dropped')} />}
          {material.deferrable && (
            <Chip size="small" color="info" variant="outlined" label={t('catalog.guide.deferrable')} />
          )}
        </Box>
        {dropped && (
          <Typography variant="body2" sx={{ mt: 0.5, color: 'success.dark', fontWeight: 500 }}>
            {`→ ${t('catalog.detail.replacement', { method: t(`replacement.${dropped.replacementMethod}`) })}`}
            {dropped.replacement && `：${dropped.replacement}`}
          </Typography>
        )}
        {material.appliesWhen && (
          <Typography variant="body2" sx={{ mt: 0.5, color: 'info.dark' }}>
            {t('catalog.guide.appliesWhen', {
              question: question(material.appliesWhen.conditionId),
              answer: answer(material.appliesWhen.answer),
            })}
          </Typography>
        )}
        {material.dropped?.when && (
          <Typography variant="body2" sx={{ mt: 0.5, color: 'success.dark' }}>
            {t('catalog.guide.droppedWhen', {
              question: question(material.dropped.when.conditionId),
              answer: answer(material.dropped.when.answer),
            })}
            {`（${t(`replacement.${material.dropped.replacementMethod}`)}：${material.dropped.replacement}）`}
          </Typography>
        )}
        {material.note && (
          <Typography variant="body2" sx={{ mt: 0.5, color: 'text.secondary' }}>
            {material.note}
          </Typography>
        )}
      </TableCell>
      <TableCell>{dropped ? '—' : t(`form.${material.form}`)}</TableCell>
      <TableCell>
        {dropped || material.copies === 0 ? '—' : t('catalog.detail.copies', { count: material.copies })}
      </TableCell>
      <TableCell>
        {dropped ? (
          '—'
        ) : material.required ? (
          <Typography component="span" sx={{ fontWeight: 600 }}>
            {t('catalog.detail.required')}
          </Typography>
        ) : (
          <Typography component="span" sx={{ color: 'text.secondary' }}>
            {t('catalog.detail.optional')}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ color: 'text.secondary' }}>{material.issuer ?? '—'}</TableCell>
    </TableRow>
  );
};
