import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { checkNewPin } from '../../../shared/domain/deskPin';
import { useDb } from '../../app/DbContext';
import { useDeskDetails } from '../../app/useDeskDetails';
import { Section } from '../../components/Section';
import { getMeta } from '../../db/meta';
import { useI18n } from '../../i18n/useI18n';
import { useSyncStatus } from '../sync/SyncContext';
import { checkPin, storePin } from './deskPins';
import { PinField } from './PinField';
import { usePinProblemText } from './usePinProblemText';

/**
 * 设置 › 个人密码: the clerk on duty changes their own PIN, after typing the current one (counted like
 * any wrong PIN). Only on a standalone desk: with a server, the account's password is what counts.
 */
export const PinSettings = () => {
  const { t } = useI18n();
  const db = useDb();
  const { configured } = useSyncStatus();
  const details = useDeskDetails();
  const problemText = usePinProblemText();
  const clerk = details?.clerk;
  const holdsPin = useLiveQuery(
    async () => (clerk ? (await getMeta(db, 'deskPins'))?.[clerk.id] !== undefined : false),
    [db, clerk?.id],
  );
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (configured || !clerk || !holdsPin) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkNewPin(next, repeated);
    if (problem) {
      setMessage({ ok: false, text: problemText({ kind: 'newPin', problem }) });
      return;
    }
    setBusy(true);
    const now = new Date();
    const checked = await checkPin(db, clerk.id, current, now);
    if (checked.ok) {
      await storePin(db, clerk.id, next, now);
      setNext('');
      setRepeated('');
      setMessage({ ok: true, text: t('lock.pin.change.done') });
    } else setMessage({ ok: false, text: problemText(checked.problem) });
    setCurrent('');
    setBusy(false);
  };

  return (
    <Section title={t('lock.pin.change.title')} id="settings-pin">
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        sx={{ display: 'grid', gap: 2, maxWidth: 420 }}
      >
        <Typography variant="body2">{t('lock.pin.change.intro', { name: clerk.name })}</Typography>
        <PinField
          id="pin-current"
          label={t('lock.pin.change.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PinField
          id="pin-new"
          label={t('lock.pin.new')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
        />
        <PinField
          id="pin-repeat"
          label={t('lock.pin.repeat')}
          value={repeated}
          onChange={setRepeated}
          autoComplete="new-password"
        />
        {message && (
          <Alert severity={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('lock.pin.change.submit')}
          </Button>
        </Box>
      </Box>
    </Section>
  );
};
