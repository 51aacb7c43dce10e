import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Alert, Box, Dialog, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useDb } from '../../../app/DbContext';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useI18n } from '../../../i18n/useI18n';
import type { Shift } from '../../../../shared/duty/shift';
import { closeShift } from '../data/dutyWrites';
import type { DutyActor } from '../data/useDutyActor';
import { dutyErrorText } from '../model/dutyErrorText';

type Props = { open: boolean; actor: DutyActor; shift: Shift; onClose: () => void };

/** 交班 with the handover note the next leader will acknowledge; the rules refuse an empty one. */
export const CloseShiftDialog = ({ open, actor, shift, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const [handover, setHandover] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setProblem(null);
    try {
      await closeShift(db, actor, shift, handover, new Date());
      onClose();
    } catch (error) {
      setProblem(dutyErrorText(t, error));
      setSaving(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Ours alone: the screen behind may use Ctrl+Enter too (the handling screen's 办结).
      event.preventDefault();
      event.stopPropagation();
      void save();
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <DialogTitle>{t('duty.shift.closeTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}>
          {problem && (
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          )}
          <TextField
            id="shift-handover"
            label={t('duty.shift.handover')}
            helperText={t('duty.shift.handoverHint')}
            value={handover}
            onChange={(event) => setHandover(event.target.value)}
            multiline
            minRows={4}
            autoFocus
            fullWidth
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <FormDialogActions
          hint={t('duty.shift.closeHint')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('duty.shift.close')}
          saving={saving}
          onCancel={onClose}
        />
      </Box>
    </Dialog>
  );
};
