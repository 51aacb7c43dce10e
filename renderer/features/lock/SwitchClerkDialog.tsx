import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Desk } from '../../../shared/domain/organization';
import { staffIdSchema } from '../../../shared/ids';
import { useDb } from '../../app/DbContext';
import { setMeta } from '../../db/meta';
import { useI18n } from '../../i18n/useI18n';
import { ClerkPicker } from '../setup/ClerkPicker';

type Props = { open: boolean; desk: Desk; onClose: () => void };

/** 换人 on a standalone desk: the clerk picker of set-up, limited to the desk's department. */
export const SwitchClerkDialog = ({ open, desk, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const staff = useLiveQuery(
    () => db.staff.where('departmentId').equals(desk.departmentId).toArray(),
    [db, desk.departmentId],
  );
  const [chosen, setChosen] = useState<string>(desk.staffId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const staffId = staffIdSchema.safeParse(chosen);
    if (!staffId.success || !staff?.some((person) => person.id === staffId.data)) return;
    await setMeta(db, 'desk', { ...desk, staffId: staffId.data });
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="switch-clerk-title" fullWidth maxWidth="xs">
      <form onSubmit={(event) => void submit(event)}>
        <DialogTitle id="switch-clerk-title">{t('lock.switch.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('lock.switch.intro')}</DialogContentText>
          <ClerkPicker
            staff={staff ?? []}
            value={chosen}
            onChange={setChosen}
            disabled={staff === undefined}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!chosen || chosen === desk.staffId}>
            {t('lock.switch.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
