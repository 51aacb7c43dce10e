import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import { unlockOffline } from '../../sync/auth';
import { useSyncEngine } from './SyncContext';
import { signInProblemOf } from './signInProblem';
import { useSignInProblemText } from './useSignInProblemText';
import { ProblemMessage } from '../../components/ProblemMessage';
import { problem, type Problem } from '../../components/problem';

type Props = { open: boolean; onClose: () => void };

/**
 * Online sign-in; when the server cannot be reached, the same form unlocks the desk offline for a clerk
 * who signed in here before (checked against the local PBKDF2 verifier).
 */
export const SignInDialog = ({ open, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const engine = useSyncEngine();
  const problemText = useSignInProblemText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: Problem; severity: 'error' | 'info' } | null>(null);
  const [offline, setOffline] = useState(false);

  const finish = () => {
    setPassword('');
    setMessage(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!engine || busy) return;
    setBusy(true);
    try {
      if (offline) {
        const staff = await unlockOffline(db, username.trim(), password, new Date());
        if (staff) {
          await engine.load();
          finish();
        } else setMessage({ text: problem(t('sync.signIn.failed')), severity: 'error' });
        return;
      }
      await engine.signIn(username.trim(), password);
      void engine.sync();
      finish();
    } catch (error) {
      const refusal = signInProblemOf(error);
      if (refusal.kind === 'unreachable') {
        setOffline(true);
        setMessage({ text: problem(t('sync.signIn.offlineHint')), severity: 'info' });
      } else setMessage({ text: problemText(refusal), severity: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={finish} aria-labelledby="sync-sign-in-title" fullWidth maxWidth="xs">
      <form onSubmit={(event) => void submit(event)}>
        <DialogTitle id="sync-sign-in-title">{t('sync.signIn.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: 1 }}>
          {message && (
            <Alert severity={message.severity}>
              <ProblemMessage problem={message.text} />
            </Alert>
          )}
          <TextField
            label={t('sync.signIn.username')}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            autoComplete="username"
            required
            autoFocus
          />
          <TextField
            label={t('sync.signIn.password')}
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            required
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={finish}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || !username.trim() || !password}>
            {offline ? t('sync.signIn.unlockOffline') : t('sync.signIn.action')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
