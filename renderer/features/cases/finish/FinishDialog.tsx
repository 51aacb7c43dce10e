import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { Case, CaseOutcome } from '../../../../shared/domain/case';
import { finishCase, missingMaterials } from '../../../../shared/domain/caseMachine';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { choiceFormKeys } from '../../../components/choiceFormKeys';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useI18n } from '../../../i18n/useI18n';
import type { useCaseUpdater } from '../data/useCaseUpdater';
import { caseErrorMessage } from '../model/caseErrors';
import { MissingMaterialsList } from './MissingMaterialsList';
import { noticeNumberOf, outcomeOrder, suggestedOutcome } from './outcomes';

type Props = {
  caseRecord: Case;
  item: ServiceItem;
  update: ReturnType<typeof useCaseUpdater>;
  onClose: () => void;
  onFinished: (outcome: CaseOutcome) => void;
};

/**
 * 办结: pick the outcome (1–5), fill what it needs, Enter confirms. The state machine decides: 一次办结
 * is refused while required materials are missing, 需补正材料 records every missing material for the
 * notice, 转办 needs a target and 不予受理 a reason. Nothing is written unless it accepts.
 */
export const FinishDialog = ({ caseRecord, item, update, onClose, onFinished }: Props) => {
  const { t } = useI18n();
  const missing = missingMaterials(caseRecord, item);
  const [outcome, setOutcome] = useState<CaseOutcome>(suggestedOutcome(missing.length));
  const [note, setNote] = useState('');
  const [transferredTo, setTransferredTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Shown before confirming, so the clerk is not surprised by a refusal.
  const preview = finishCase(caseRecord, item, { outcome, note: 'x', transferredTo: 'x' }, new Date());
  const blocked = !preview.ok ? caseErrorMessage(t, preview.error, item) : null;

  const choose = (next: CaseOutcome) => {
    setOutcome(next);
    setError(null);
  };

  const confirm = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    const details = { outcome, note, transferredTo };
    // The updater returns the state machine's refusal or a save failure, worded for the clerk.
    const message = await update((fresh, now) =>
      finishCase(fresh, item, { ...details, noticeNumber: noticeNumberOf(fresh) }, now),
    );
    setSaving(false);
    if (message !== null) {
      setError(message);
      return;
    }
    onFinished(outcome);
  };

  const onKeyDown = choiceFormKeys({
    choiceFor: (digit) => outcomeOrder[digit - 1],
    onChoose: choose,
    onConfirm: () => void confirm(),
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="finish-title">
      <form onSubmit={(event) => void confirm(event)} onKeyDown={onKeyDown} noValidate>
        <DialogTitle id="finish-title">{t('cases.finish.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <FormControl>
              <FormLabel id="finish-outcome-label">{t('cases.finish.outcome')}</FormLabel>
              <RadioGroup
                aria-labelledby="finish-outcome-label"
                value={outcome}
                onChange={(event) => {
                  const next = outcomeOrder.find((option) => option === event.target.value);
                  if (next) choose(next);
                }}
              >
                {outcomeOrder.map((option, index) => (
                  <FormControlLabel
                    key={option}
                    value={option}
                    control={<Radio autoFocus={option === outcome} />}
                    label={
                      <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
                        <Box
                          component="kbd"
                          aria-hidden
                          sx={{
                            minWidth: 22,
                            textAlign: 'center',
                            border: 1,
                            borderColor: 'grey.400',
                            borderRadius: 0.5,
                            fontSize: 12,
                            fontFamily: 'inherit',
                            color: 'text.secondary',
                          }}
                        >
                          {index + 1}
                        </Box>
                        {t(`status.${option}`)}
                      </Box>
                    }
                  />
                ))}
              </RadioGroup>
            </FormControl>
            {blocked && error === null && outcome === 'completedInOneVisit' && (
              <Alert severity="warning">{blocked}</Alert>
            )}
            {blocked && error === null && outcome === 'needsSupplement' && (
              <Alert severity="info">{blocked}</Alert>
            )}
            {outcome === 'needsSupplement' && missing.length > 0 && (
              <MissingMaterialsList materials={missing} />
            )}
            {outcome === 'movedOnline' && (
              <Typography sx={{ color: 'text.secondary' }}>{t('cases.finish.onlineHint')}</Typography>
            )}
            {outcome === 'transferred' && (
              <TextField
                label={t('cases.finish.transferTarget')}
                placeholder={t('cases.finish.transferPlaceholder')}
                value={transferredTo}
                onChange={(event) => setTransferredTo(event.target.value)}
                required
                autoFocus
                autoComplete="off"
                slotProps={{ htmlInput: { maxLength: 80 } }}
              />
            )}
            <TextField
              label={outcome === 'notAccepted' ? t('cases.finish.reason') : t('cases.finish.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              required={outcome === 'notAccepted'}
              autoFocus={outcome === 'notAccepted'}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          hint={t('cases.finish.keyHint')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('cases.finish.confirm')}
          saving={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
};
