import { Box, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { isDroppedFor } from '../../../../shared/domain/serviceItem';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import type { ListedItem } from '../../../../shared/certificates/applyLists';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n/useI18n';
import { DroppedCertificate } from '../handling/DroppedCertificate';
import { Facts } from '../../../components/Facts';
import { WaivedCertificates } from './WaivedCertificates';

/**
 * What was done during handling: who took part, the clerk's answers to the guide's questions, steps
 * completed and materials received in the guide's order, and the certificates this applicant was spared.
 */
export const RecordSection = ({ caseRecord, item }: { caseRecord: Case; item: ListedItem }) => {
  const { t } = useI18n();
  const steps = item.steps.filter((step) => caseRecord.completedStepIds.includes(step.id));
  const received = item.materials.filter((material) => caseRecord.receivedMaterialIds.includes(material.id));
  // A drop that depends on an answer (已参保的免交) is shown only where this applicant's answer made it.
  const dropped = item.materials.filter((material) => isDroppedFor(material, caseRecord.answers));
  const answers = (item.conditions ?? []).filter(
    (condition) => caseRecord.answers?.[condition.id] !== undefined,
  );
  return (
    <Section title={t('cases.steps.title')} id="case-record">
      <Facts
        rows={[
          (caseRecord.parties ?? []).length > 0 && [
            t('cases.record.parties'),
            (caseRecord.parties ?? [])
              .map(
                (party) =>
                  `${t(`party.${party.role}`)}：${party.name}${party.idNumber ? `（${maskIdNumber(party.idNumber)}）` : ''}`,
              )
              .join('　'),
          ],
          answers.length > 0 && [
            t('cases.record.answers'),
            answers
              .map((condition) =>
                t('cases.record.answer', {
                  question: condition.question,
                  answer: t(caseRecord.answers?.[condition.id] ? 'common.yes' : 'common.no'),
                }),
              )
              .join('　'),
          ],
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
