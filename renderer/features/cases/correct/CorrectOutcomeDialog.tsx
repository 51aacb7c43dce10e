import { useState, type FormEvent } from 'react';
import {
  Alert,
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
import {
  clerkCorrectionClosesAt,
  clerkCorrectionMinutes,
  correctOutcome,
  type CorrectionRight,
} from '../../../../shared/domain/outcomeCorrection';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import type { DeskWriter } from '../../../app/useDeskWriter';
import { useHallLevel } from '../../../app/useHallLevel';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { Problem } from '../../../components/problem';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import type { useCaseUpdater } from '../data/useCaseUpdater';
import { OutcomeFields } from '../finish/OutcomeFields';
import { noticeNumberOf, outcomesFor } from '../finish/outcomes';
import { missingMaterials } from '../../../../shared/domain/caseMachine';

type Props = {
  caseRecord: Case;
  item: ServiceItem;
  writer: DeskWriter;
  right: CorrectionRight;
  update: ReturnType<typeof useCaseUpdater>;
  onClose: () => void;
};

/**
 * 更正办理结果: the new outcome, what it needs (a target, the 不予受理 reason), and why. The shared rule
 * decides (the clerk's window, a leader's reason, what the new outcome asks of the case); the server
 * runs the same rule, so what this dialog lets through it also takes.
 */
export const CorrectOutcomeDialog = ({ caseRecord, item, writer, right, update, onClose }: Props) => {
  const { t } = useI18n();
  const format = useDateFormat();
  const hallLevel = useHallLevel(caseRecord.hallId);
  const options = outcomesFor(item, hallLevel).filter((option) => option !== caseRecord.status);
  const [outcome, setOutcome] = useState<CaseOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [transferredTo, setTransferredTo] = useState('');
  const [error, setError] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const closesAt = clerkCorrectionClosesAt(caseRecord);
  const missing = missingMaterials(caseRecord, item);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || outcome === null) return;
    setSaving(true);
    const input = { to: outcome, reason, note, transferredTo };
    const message = await update((fresh, now) =>
      correctOutcome(fresh, item, { ...input, noticeNumber: noticeNumberOf(fresh) }, writer, now),
    );
    setSaving(false);
    if (message !== null) {
      setError(message);
      return;
    }
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="correct-title">
      <form onSubmit={(event) => void confirm(event)} noValidate>
        <DialogTitle id="correct-title">{t('correction.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography>{t('correction.current', { outcome: t(`status.${caseRecord.status}`) })}</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {right === 'clerk' && closesAt
                ? t('correction.asClerk', {
                    minutes: clerkCorrectionMinutes,
                    time: format(closesAt, 'HH:mm'),
                  })
                : t('correction.asLeader')}
            </Typography>
            <FormControl>
              <FormLabel id="correct-outcome-label">{t('correction.newOutcome')}</FormLabel>
              <RadioGroup
                aria-labelledby="correct-outcome-label"
                value={outcome ?? ''}
                onChange={(event) => {
                  setError(null);
                  setOutcome(options.find((option) => option === event.target.value) ?? null);
                }}
              >
                {options.map((option, index) => (
                  <FormControlLabel
                    key={option}
                    value={option}
                    control={<Radio autoFocus={index === 0} />}
                    label={t(`status.${option}`)}
                  />
                ))}
              </RadioGroup>
            </FormControl>
            <OutcomeFields
              outcome={outcome}
              item={item}
              missing={missing}
              transferredTo={transferredTo}
              onTransferredTo={setTransferredTo}
              note={note}
              onNote={setNote}
              noteWithEveryOutcome={false}
            />
            <TextField
              label={right === 'leader' ? t('correction.reason') : t('correction.reasonOptional')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required={right === 'leader'}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 300 } }}
            />
            {error && (
              <Alert severity="error" role="alert">
                <ProblemMessage problem={error} />
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          hint=""
          cancelLabel={t('common.cancel')}
          submitLabel={t('correction.confirm')}
          saving={saving}
          disabled={outcome === null}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
};
