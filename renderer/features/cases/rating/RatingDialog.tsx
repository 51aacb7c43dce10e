import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { rateCase } from '../../../../shared/domain/caseMachine';
import { choiceFormKeys } from '../../../components/choiceFormKeys';
import { keyHoldMs, useKeyGate } from '../../../components/useKeyGate';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { problem, type Problem } from '../../../components/problem';
import type { useCaseUpdater } from '../data/useCaseUpdater';

type Props = { update: ReturnType<typeof useCaseUpdater>; onClose: () => void };

const levels = [5, 4, 3, 2, 1] as const;

/** 好差评 after finishing: five levels (1–5 on the keyboard), the bottom two are 差评; optional. */
export const RatingDialog = ({ update, onClose }: Props) => {
  const { t } = useI18n();
  const [level, setLevel] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  // This dialog opens by itself after 结束办理: keys typed ahead for the dialog before are not a rating.
  const keys = useKeyGate(keyHoldMs, true);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    if (level === null) {
      setError(problem(t('caseError.ratingInvalid')));
      return;
    }
    setSaving(true);
    const message = await update((fresh) => rateCase(fresh, { level, comment }));
    setSaving(false);
    if (message !== null) setError(message);
    else onClose();
  };

  const choose = (next: number) => {
    setLevel(next);
    setError(null);
  };

  const onKeyDown = choiceFormKeys({
    choiceFor: (digit) => levels.find((value) => value === digit),
    onChoose: choose,
    onConfirm: () => void submit(),
    accepts: keys.accepts,
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="rating-title">
      <form onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
        <DialogTitle id="rating-title">{t('cases.rating.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography id="rating-prompt" sx={{ color: 'text.secondary' }}>
              {t('cases.rating.prompt')}
            </Typography>
            <RadioGroup
              aria-labelledby="rating-prompt"
              value={level === null ? '' : String(level)}
              onChange={(event) => choose(Number(event.target.value))}
            >
              {levels.map((value, index) => (
                <Box key={value} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <FormControlLabel
                    value={String(value)}
                    control={<Radio autoFocus={index === 0} />}
                    label={t(`rating.${value}`)}
                    sx={{ minWidth: 150 }}
                  />
                  <Typography component="kbd" aria-hidden variant="body2" sx={{ color: 'text.secondary' }}>
                    {value}
                  </Typography>
                  {value <= 2 && (
                    <Chip
                      label={t('cases.rating.poor')}
                      color="error"
                      size="small"
                      variant="outlined"
                      sx={{ borderRadius: 1 }}
                    />
                  )}
                </Box>
              ))}
            </RadioGroup>
            <TextField
              label={t('cases.rating.comment')}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
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
          hint={t('cases.rating.keyHint')}
          cancelLabel={t('cases.rating.skip')}
          submitLabel={t('cases.rating.submit')}
          saving={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
};
