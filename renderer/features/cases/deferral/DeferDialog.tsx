import { useState, type FormEvent } from 'react';
import { Alert, Dialog, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { deferMaterial, latestDeferralDay } from '../../../../shared/domain/caseGuide';
import type { Material, ServiceItem } from '../../../../shared/domain/serviceItem';
import { addDays, hallDayOf, isoDaySchema } from '../../../../shared/time';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { problem, type Problem } from '../../../components/problem';
import { useI18n } from '../../../i18n/useI18n';
import type { useCaseUpdater } from '../data/useCaseUpdater';

type Props = {
  item: ServiceItem;
  material: Material;
  update: ReturnType<typeof useCaseUpdater>;
  onClose: () => void;
};

/**
 * 容缺受理 of one material: the applicant names the day they will hand it in, within the item's limit
 * counted by the holiday calendar. The latest allowed day is offered, since that is what applicants ask
 * for; the state machine checks the day again when it is written.
 */
export const DeferDialog = ({ item, material, update, onClose }: Props) => {
  const { t } = useI18n();
  const [today] = useState(() => hallDayOf(new Date()));
  const [latest] = useState(() => latestDeferralDay(item, new Date()));
  const [dueDay, setDueDay] = useState<string>(latest ?? '');
  const [error, setError] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const unit = t(`deferral.unit.${item.deferral?.unit ?? 'workingDays'}`);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    const day = isoDaySchema.safeParse(dueDay);
    if (!day.success) {
      setError(problem(t('deferral.dueInvalidFormat')));
      return;
    }
    setSaving(true);
    const message = await update((fresh, now) => deferMaterial(fresh, item, material.id, day.data, now));
    setSaving(false);
    if (message !== null) setError(message);
    else onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="defer-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="defer-title">{t('deferral.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <Typography>{t('deferral.explain', { material: material.name })}</Typography>
            <TextField
              type="date"
              label={t('deferral.dueDay')}
              value={dueDay}
              onChange={(event) => {
                setDueDay(event.target.value);
                setError(null);
              }}
              required
              autoFocus
              helperText={
                latest
                  ? t('deferral.dueHint', { latestDay: latest, count: item.deferral?.maxDays ?? 0, unit })
                  : ' '
              }
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: { min: addDays(today, 1), max: latest ?? undefined },
              }}
            />
            {error && (
              <Alert severity="error" role="alert">
                <ProblemMessage problem={error} />
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          hint={t('deferral.keyHint')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('deferral.confirm')}
          saving={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
};
