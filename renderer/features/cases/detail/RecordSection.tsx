import { Box, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n/useI18n';
import { DroppedCertificate } from '../handling/DroppedCertificate';
import { Facts } from '../../../components/Facts';
import { WaivedCertificates } from './WaivedCertificates';

/** What was done during handling: steps completed and materials received, in the guide's order. */
export const RecordSection = ({ caseRecord, item }: { caseRecord: Case; item: ServiceItem }) => {
  const { t } = useI18n();
  const steps = item.steps.filter((step) => caseRecord.completedStepIds.includes(step.id));
  const received = item.materials.filter((material) => caseRecord.receivedMaterialIds.includes(material.id));
  const dropped = item.materials.filter((material) => material.dropped);
  return (
    <Section title={t('cases.steps.title')} id="case-record">
      <Facts
        rows={[
          [t('cases.detail.stepsDone'), steps.map((step) => step.title).join('、') || t('common.none')],
          [
            t('cases.detail.materialsReceived'),
            received.map((material) => material.name).join('、') || t('common.none'),
          ],
        ]}
      />
      {/* What the case recorded wins over what today's lists say: they may have changed since. */}
      {caseRecord.waivedCertificates && caseRecord.waivedCertificates.length > 0 ? (
        <WaivedCertificates waived={caseRecord.waivedCertificates} />
      ) : (
        dropped.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Typography sx={{ color: 'text.secondary', mb: 1 }}>
              {t('cases.materials.droppedTitle')}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
              {dropped.map((material) => (
                <DroppedCertificate key={material.id} material={material} />
              ))}
            </Box>
          </Box>
        )
      )}
    </Section>
  );
};
