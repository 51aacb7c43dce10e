import { Box, Button, Chip } from '@mui/material';
import type { DeferredMaterial } from '../../../../shared/domain/case';
import type { Material } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

type Props = {
  material: Material;
  /** The open promise for this material, if the clerk accepted without it. */
  promise: DeferredMaterial | undefined;
  /** Whether 容缺 is offered for it now: the item allows it, the material is non-key and not received. */
  offered: boolean;
  onDefer: () => void;
  onUndo: () => void;
};

/**
 * Beside a checklist row: 容缺受理 for a non-key material the applicant has not brought, or the promise
 * already made (承诺 … 前补交) with a way to take it back. Outside the row's label, so pressing either
 * never ticks the material.
 */
export const DeferralAction = ({ material, promise, offered, onDefer, onUndo }: Props) => {
  const { t } = useI18n();
  if (promise)
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', pt: 1 }}>
        <Chip
          size="small"
          color="info"
          label={t('deferral.chip', { dueDay: promise.dueDay })}
          sx={{ borderRadius: 1, fontWeight: 600 }}
        />
        <Button size="small" onClick={onUndo} aria-label={t('deferral.undoFor', { material: material.name })}>
          {t('deferral.undo')}
        </Button>
      </Box>
    );
  if (!offered) return null;
  return (
    <Box sx={{ pt: 1 }}>
      <Button
        size="small"
        variant="outlined"
        onClick={onDefer}
        aria-label={t('deferral.actionFor', { material: material.name })}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('deferral.action')}
      </Button>
    </Box>
  );
};
