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
} from '@mui/material';
import type { Case, CaseOutcome } from '../../../../shared/domain/case';
import { finishCase, missingMaterials } from '../../../../shared/domain/caseMachine';
import { choiceFormKeys } from '../../../components/choiceFormKeys';
import { keyHoldMs, useKeyGate } from '../../../components/useKeyGate';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { Problem } from '../../../components/problem';
import type { useCaseUpdater } from '../data/useCaseUpdater';
import type { ListedItem } from '../../../../shared/certificates/applyLists';
import { mergeWaivers, waiversFor } from '../../../../shared/certificates/waiver';
import { caseErrorMessage } from '../model/caseErrors';
import { OutcomeFields } from './OutcomeFields';
import { noticeNumberOf, outcomesFor, suggestedOutcome } from './outcomes';
import { useHallLevel } from '../../../app/useHallLevel';

type Props = {
  caseRecord: Case;
  item: ListedItem;
  update: ReturnType<typeof useCaseUpdater>;
  onClose: () => void;
  onFinished: (outcome: CaseOutcome) => void;
};

/**
 * 结束办理: pick the outcome (1–5), fill what it needs, Enter confirms. The state machine decides: 一次办结
 * is refused while required materials are missing, 需补正材料 records every missing material for the
 * notice, 转办 needs a target and 不予受理 a reason. Nothing is written unless it accepts.
 *
 * A choice the state machine refuses outright (一次办结 with a material missing, 需补正 with nothing
 * missing) is never armed: nothing stays chosen, 确认 is off, the refusal is announced, and the keys are
 * held a moment, so an Enter or a digit typed ahead cannot confirm something the clerk did not pick.
 */
export const FinishDialog = ({ caseRecord, item, update, onClose, onFinished }: Props) => {
  const { t } = useI18n();
  const missing = missingMaterials(caseRecord, item);
  const hallLevel = useHallLevel(caseRecord.hallId);
  const options = outcomesFor(item, hallLevel);
  const suggested = suggestedOutcome(missing.length);
  const [outcome, setOutcome] = useState<CaseOutcome | null>(
    suggested === 'completedInOneVisit' && options.includes('collected') ? 'collected' : suggested,
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const keys = useKeyGate(keyHoldMs, false);
  const [note, setNote] = useState('');
  const [transferredTo, setTransferredTo] = useState('');
  const [error, setError] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  /** The refusal of `option` that no field of this dialog can fix, worded for the clerk; or null. */
  const refusalOf = (option: CaseOutcome): string | null => {
    const preview = finishCase(
      caseRecord,
      item,
      { outcome: option, note: 'x', transferredTo: 'x' },
      new Date(),
    );
    return preview.ok ? null : caseErrorMessage(t, preview.error, item);
  };

  const choose = (next: CaseOutcome) => {
    setError(null);
    const refused = refusalOf(next);
    if (refused !== null) {
      setOutcome(null);
      setRefusal(refused);
      keys.hold();
      return;
    }
    setRefusal(null);
    setOutcome(next);
  };

  const confirm = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving || outcome === null) return;
    setSaving(true);
    const details = { outcome, note, transferredTo };
    // The updater returns the state machine's refusal or a save failure, worded for the clerk.
    // The certificates the lists waived for this applicant go on the record with the outcome, so the
    // case still says what was not asked for (and how it is verified) after the lists change.
    const message = await update((fresh, now) => {
      const finished = finishCase(fresh, item, { ...details, noticeNumber: noticeNumberOf(fresh) }, now);
      if (!finished.ok) return finished;
      const waived = mergeWaivers(fresh.waivedCertificates, waiversFor(item, fresh.answers ?? {}, null));
      return {
        ok: true,
        value: waived.length > 0 ? { ...finished.value, waivedCertificates: waived } : finished.value,
      };
    });
    setSaving(false);
    if (message !== null) {
      setError(message);
      return;
    }
    onFinished(outcome);
  };

  const onKeyDown = choiceFormKeys({
    choiceFor: (digit) => options[digit - 1],
    onChoose: choose,
    onConfirm: () => void confirm(),
    accepts: keys.accepts,
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
                value={outcome ?? ''}
                onChange={(event) => {
                  const next = options.find((option) => option === event.target.value);
                  if (next) choose(next);
                }}
              >
                {options.map((option, index) => (
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
            {refusal && error === null && (
              <Alert severity="warning" role="alert">
                {refusal}
              </Alert>
            )}
            <OutcomeFields
              outcome={outcome}
              item={item}
              missing={missing}
              transferredTo={transferredTo}
              onTransferredTo={setTransferredTo}
              note={note}
              onNote={setNote}
              noteWithEveryOutcome
            />
            {error && (
              <Alert severity="error" role="alert">
                <ProblemMessage problem={error} />
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          hint={t('cases.finish.keyHint')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('cases.finish.confirm')}
          saving={saving}
          disabled={outcome === null}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
};
