import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useDb } from '../../../app/DbContext';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useI18n } from '../../../i18n/useI18n';
import type { Shift } from '../../../../shared/duty/shift';
import { closeShift } from '../data/dutyWrites';
import type { DutyActor } from '../data/useDutyActor';
import { DutyForm, DutyProblem } from '../form/DutyForm';
import { useDutySave } from '../form/useDutySave';

type Props = { open: boolean; actor: DutyActor; shift: Shift; onClose: () => void };

/** 交班 with the handover note the next leader will acknowledge; the rules refuse an empty one. */
export const CloseShiftDialog = ({ open, actor, shift, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const [handover, setHandover] = useState('');
  const { save, saving, problem } = useDutySave(async () => {
    await closeShift(db, actor, shift, handover, new Date());
    onClose();
    return undefined;
  });

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DutyForm onSave={save}>
        <DialogTitle>{t('duty.shift.closeTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}>
          <DutyProblem problem={problem} />
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
      </DutyForm>
    </Dialog>
  );
};
