import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Desk } from '../../../shared/domain/organization';
import { useDb } from '../../app/DbContext';
import { setMeta } from '../../db/meta';
import { useI18n } from '../../i18n/useI18n';
import { ClerkPicker } from '../setup/ClerkPicker';
import { emptyPinEntry, takeoverWithPin, type PinEntry } from './deskPins';
import { TakeoverPinFields } from './TakeoverPinFields';
import { usePinProblemText } from './usePinProblemText';

type Props = { open: boolean; desk: Desk; onClose: () => void };

/**
 * 换人 on a standalone desk: the clerk picker of set-up, limited to the desk's department, and the PIN
 * of the person taking over (deskPins.ts). Without it anyone at the counter could become the duty leader.
 */
export const SwitchClerkDialog = ({ open, desk, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const problemText = usePinProblemText();
  const staff = useLiveQuery(
    () => db.staff.where('departmentId').equals(desk.departmentId).toArray(),
    [db, desk.departmentId],
  );
  const [chosen, setChosen] = useState<string>(desk.staffId);
  const [entry, setEntry] = useState<PinEntry>(emptyPinEntry);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const person = chosen === desk.staffId ? undefined : staff?.find((one) => one.id === chosen);

  const choose = (staffId: string) => {
    setChosen(staffId);
    setEntry(emptyPinEntry);
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person || busy) return;
    setBusy(true);
    setError(null);
    const checked = await takeoverWithPin(db, person, entry, new Date());
    if (checked.ok) {
      await setMeta(db, 'desk', { ...desk, staffId: person.id });
      onClose();
      return;
    }
    setError(problemText(checked.problem));
    // A wrong PIN is typed again from nothing; a refused new PIN keeps what was typed to correct it.
    if (checked.problem.kind !== 'newPin') setEntry((typed) => ({ ...typed, pin: '', confirmerPin: '' }));
    setBusy(false);
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="switch-clerk-title" fullWidth maxWidth="xs">
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="switch-clerk-title">{t('lock.switch.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('lock.switch.intro')}</DialogContentText>
          <ClerkPicker staff={staff ?? []} value={chosen} onChange={choose} disabled={staff === undefined} />
          <TakeoverPinFields person={person} entry={entry} onChange={setEntry} idPrefix="switch" />
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!person || busy}>
            {busy ? t('lock.switch.checking') : t('lock.switch.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
