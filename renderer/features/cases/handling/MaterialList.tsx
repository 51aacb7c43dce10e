import { Box, Checkbox, Chip, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import type { ReactNode } from 'react';
import type { ListedItem, ListedMaterial } from '../../../../shared/certificates/applyLists';
import { isDroppedFor, materialApplies } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';
import { DroppedCertificate } from './DroppedCertificate';
import { navRowSx } from './navRowSx';
import { openDeferrals } from '../../../../shared/domain/caseGuide';
import { agentLetterId } from '../../../../shared/domain/guideRules';
import { DeferralAction } from '../deferral/DeferralAction';

type Props = {
  caseRecord: Case;
  item: ListedItem;
  /** Shown under the dropped certificates (打印告知承诺书). */
  afterDropped?: ReactNode;
  onToggle: (materialId: string, received: boolean) => void;
  /** 容缺受理 of a material, and taking the promise back; absent where the screen offers neither. */
  deferral?: { onDefer: (material: ListedMaterial) => void; onUndo: (materialId: string) => void };
};

const MaterialDetails = ({ material }: { material: ListedMaterial }) => {
  const { t } = useI18n();
  const parts = [
    t(`form.${material.form}`),
    material.copies > 0 ? t('cases.materials.copies', { count: material.copies }) : null,
    material.isCertificate && material.issuer
      ? t('cases.materials.issuer', { issuer: material.issuer })
      : null,
    material.note ?? null,
  ].filter((part) => part !== null);
  return <>{parts.join(' · ')}</>;
};

/**
 * The materials checklist. Dropped certificates (取消清单) are listed apart, without a checkbox: they
 * are never asked for and never counted as missing, and the clerk sees how the window replaces them.
 */
export const MaterialList = ({ caseRecord, item, afterDropped, onToggle, deferral }: Props) => {
  const { t } = useI18n();
  // The clerk's answers decide: 未参保 keeps the 劳动关系证明 on the checklist, 已参保 moves it to the
  // dropped list, and a material for another situation (no 残疾人 in the household) is not shown.
  const answers = caseRecord.answers;
  const asked = item.materials.filter(
    (material) => materialApplies(material, answers) && !isDroppedFor(material, answers),
  );
  const dropped = item.materials.filter((material) => isDroppedFor(material, answers));
  const letterId = agentLetterId(caseRecord, item);
  if (item.materials.length === 0)
    return <Typography sx={{ color: 'text.secondary' }}>{t('cases.materials.none')}</Typography>;
  return (
    <Box>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {asked.map((material) => {
          const received = caseRecord.receivedMaterialIds.includes(material.id);
          // The 委托书 is optional in the guide and required once an agent acts for the applicant.
          const required = material.required || material.id === letterId;
          const promise = openDeferrals(caseRecord).find((entry) => entry.materialId === material.id);
          return (
            <Box component="li" key={material.id} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
              <Box
                component="label"
                data-nav-row=""
                data-nav-id={`material:${material.id}`}
                sx={{ ...navRowSx(false), flex: 1, minWidth: 0 }}
              >
                <Checkbox
                  checked={received}
                  onChange={(event) => onToggle(material.id, event.target.checked)}
                  slotProps={{
                    input: {
                      'aria-labelledby': `material-${material.id}`,
                      'aria-describedby': `material-${material.id}-desc`,
                    },
                  }}
                  sx={{ p: 0.5 }}
                />
                <Box sx={{ flex: 1, minWidth: 0, pt: 0.5 }}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                    <Typography id={`material-${material.id}`} sx={{ fontWeight: 600 }}>
                      {material.name}
                    </Typography>
                    <Chip
                      size="small"
                      label={required ? t('cases.materials.required') : t('cases.materials.optional')}
                      color={required ? 'primary' : 'default'}
                      variant="outlined"
                      sx={{ borderRadius: 1, height: 22 }}
                    />
                    {material.listed?.state === 'kept' && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={t('certificates.window.stillRequired', {
                          issuer: material.listed.entry.issuer || material.issuer || '—',
                        })}
                        sx={{ borderRadius: 1, height: 22 }}
                      />
                    )}
                    {material.isCertificate && !material.listed && (
                      <Chip
                        size="small"
                        label={t('cases.materials.certificate')}
                        variant="outlined"
                        sx={{ borderRadius: 1, height: 22 }}
                      />
                    )}
                  </Box>
                  <Typography
                    id={`material-${material.id}-desc`}
                    variant="body2"
                    sx={{ color: 'text.secondary' }}
                  >
                    <MaterialDetails material={material} />
                  </Typography>
                </Box>
              </Box>
              {deferral && (
                <DeferralAction
                  material={material}
                  promise={promise}
                  offered={
                    item.deferral !== undefined && material.deferrable === true && required && !received
                  }
                  onDefer={() => deferral.onDefer(material)}
                  onUndo={() => deferral.onUndo(material.id)}
                />
              )}
            </Box>
          );
        })}
      </Box>
      {dropped.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="h3" sx={{ fontSize: '0.95rem', mb: 1, color: 'text.secondary' }}>
            {t('cases.materials.droppedTitle')}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
            {dropped.map((material) => (
              <DroppedCertificate key={material.id} material={material} />
            ))}
          </Box>
          {afterDropped}
        </Box>
      )}
    </Box>
  );
};
