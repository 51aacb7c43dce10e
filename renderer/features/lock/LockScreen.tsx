import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Paper, TextField, Typography } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDetails } from '../../app/useDeskDetails';
import { useDb } from '../../app/DbContext';
import { surface } from '../../app/theme';
import { datePatterns } from '../../components/datePatterns';
import type { MetaValues } from '../../db/meta';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useI18n } from '../../i18n/useI18n';
import { useSyncEngine } from '../sync/SyncContext';
import { useSignInProblemText } from '../sync/useSignInProblemText';
import { ProblemMessage } from '../../components/ProblemMessage';
import { problem, type Problem } from '../../components/problem';
import { unlockDesk, type UnlockResult } from './unlockDesk';

type Props = { details: DeskDetails; lock: MetaValues['locked'] };

/**
 * The whole window while the desk is locked: where the desk is, who locked it, and a username and
 * password. Nothing of the app renders behind it, so there is nothing to tab into.
 */
export const LockScreen = ({ details, lock }: Props) => {
  const { t, locale } = useI18n();
  const db = useDb();
  const engine = useSyncEngine();
  const formatDate = useDateFormat();
  const problemText = useSignInProblemText('lock');
  const lockedBy = useLiveQuery(() => db.staff.get(lock.staffId), [db, lock.staffId]);
  const [username, setUsername] = useState(lock.username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Problem | null>(null);

  const messageOf = (result: Exclude<UnlockResult, { ok: true }>): Problem => {
    if ('problem' in result) return problemText(result.problem);
    return problem(
      result.offline === 'wrongPassword'
        ? t('lock.error.offlineWrongPassword')
        : result.offline === 'expired'
          ? t('lock.error.offlineExpired', { username: username.trim() })
          : t('lock.error.offlineNeverSignedIn', { username: username.trim() }),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!engine || busy || !username.trim() || !password) return;
    setBusy(true);
    setError(null);
    const result = await unlockDesk(db, engine, username.trim(), password, new Date());
    // On success the shell replaces this screen (the lock is gone from meta).
    if (result.ok) return;
    setError(messageOf(result));
    setPassword('');
    setBusy(false);
    document.getElementById('lock-password')?.focus();
  };

  const { hall, window } = details;
  const where = [hall?.name, window ? t('shell.windowNumber', { number: window.number }) : null]
    .filter(Boolean)
    .join(' · ');

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        bgcolor: surface.appBar,
        backgroundImage: 'linear-gradient(180deg, #163e73 0%, #1d4f91 100%)',
      }}
    >
      <Box component="header" sx={{ color: '#fff', px: 3, py: 1.75 }}>
        <Typography component="div" sx={{ fontWeight: 700, fontSize: '1.15rem', letterSpacing: 1 }}>
          {t('app.name')}
        </Typography>
      </Box>
      <Box component="main" sx={{ flex: 1, display: 'grid', placeItems: 'center', p: 3 }}>
        <Paper sx={{ width: '100%', maxWidth: 460, p: { xs: 3, md: 4 }, border: 'none' }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
            <Box
              aria-hidden
              sx={{
                width: 44,
                height: 44,
                borderRadius: '50%',
                display: 'grid',
                placeItems: 'center',
                bgcolor: '#e3ecf7',
                color: 'primary.main',
              }}
            >
              <LockOutlinedIcon />
            </Box>
            <Typography variant="h1">{t('lock.title')}</Typography>
          </Box>
          <Typography sx={{ fontWeight: 600 }} data-testid="lock-desk">
            {where}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
            {t('lock.lockedBy', {
              name: lockedBy?.name ?? '',
              time: formatDate(lock.at, datePatterns[locale].dayTime),
            })}
          </Typography>
          <Box
            component="form"
            noValidate
            onSubmit={(event) => void submit(event)}
            sx={{ display: 'grid', gap: 2 }}
          >
            <Typography variant="body2">{t('lock.intro')}</Typography>
            {error && (
              <Alert severity="error" role="alert">
                <ProblemMessage problem={error} />
              </Alert>
            )}
            <TextField
              id="lock-username"
              label={t('sync.signIn.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              autoComplete="username"
              autoFocus={!lock.username}
              required
              fullWidth
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
            />
            <TextField
              id="lock-password"
              label={t('sync.signIn.password')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              autoFocus={Boolean(lock.username)}
              required
              fullWidth
            />
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={!engine || busy || !username.trim() || !password}
            >
              {busy ? t('lock.unlocking') : t('lock.unlock')}
            </Button>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('lock.offlineNote')}
            </Typography>
          </Box>
        </Paper>
      </Box>
    </Box>
  );
};
