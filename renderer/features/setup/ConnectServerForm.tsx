import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, TextField } from '@mui/material';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { SessionStaff } from '../../../shared/sync/contract';
import { useI18n } from '../../i18n/useI18n';
import { parseServerUrl } from '../../sync/http';
import { isUnencryptedRemote } from '../../../shared/sync/transport';
import { useSyncEngine } from '../sync/SyncContext';
import { signInProblemOf } from '../sync/signInProblem';
import { useSignInProblemText } from '../sync/useSignInProblemText';
import { ProblemMessage } from '../../components/ProblemMessage';
import type { Problem } from '../../components/problem';

type Props = {
  /** The address stored earlier (a desk set up again), else empty. */
  initialServerUrl: string;
  onSignedIn: (staff: SessionStaff) => void;
};

type Field = 'serverUrl' | 'username' | 'password';

/**
 * 连接同步服务器: address, username and password. Signing in online decides the clerk and the
 * department; the address is stored only once the sign-in worked (SyncEngine.connect).
 */
export const ConnectServerForm = ({ initialServerUrl, onSignedIn }: Props) => {
  const { t } = useI18n();
  const engine = useSyncEngine();
  const problemText = useSignInProblemText();
  const [serverUrl, setServerUrl] = useState(initialServerUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!engine || busy) return;
    const parsed = parseServerUrl(serverUrl);
    const found: Partial<Record<Field, MessageKey>> = {};
    if (serverUrl.trim() === '') found.serverUrl = 'setup.connect.serverUrlMissing';
    else if (!parsed) found.serverUrl = 'sync.settings.serverUrlInvalid';
    if (username.trim() === '') found.username = 'setup.connect.usernameMissing';
    if (password === '') found.password = 'setup.connect.passwordMissing';
    setErrors(found);
    setProblem(null);
    const first = (['serverUrl', 'username', 'password'] as const).find((field) => found[field]);
    if (first || !parsed) {
      if (first) document.getElementById(`setup-connect-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const session = await engine.connect(parsed, username.trim(), password);
      setPassword('');
      onSignedIn(session.staff);
    } catch (error) {
      setProblem(problemText(signInProblemOf(error)));
      setBusy(false);
    }
  };

  const field = (name: Field, help?: string) => ({
    id: `setup-connect-${name}`,
    error: Boolean(errors[name]),
    helperText: errors[name] ? t(errors[name]) : (help ?? ' '),
  });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 1 }}
    >
      <TextField
        {...field('serverUrl', t('setup.connect.serverUrlHelp'))}
        label={t('setup.connect.serverUrl')}
        value={serverUrl}
        onChange={(event) => setServerUrl(event.target.value)}
        required
        fullWidth
        slotProps={{ htmlInput: { inputMode: 'url', spellCheck: false } }}
      />
      {isUnencryptedRemote(parseServerUrl(serverUrl) ?? '') && (
        <Alert severity="warning" data-testid="unencrypted-connection">
          {t('sync.unencrypted')}
        </Alert>
      )}
      <TextField
        {...field('username')}
        label={t('setup.connect.username')}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        autoComplete="username"
        required
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
      />
      <TextField
        {...field('password')}
        label={t('setup.connect.password')}
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="current-password"
        required
        fullWidth
      />
      {problem && (
        <Alert severity="error" role="alert">
          <ProblemMessage problem={problem} />
        </Alert>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
        <Button type="submit" variant="contained" size="large" disabled={!engine || busy}>
          {busy ? t('setup.connect.signingIn') : t('setup.connect.submit')}
        </Button>
      </Box>
    </Box>
  );
};
