import { useState } from 'react';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Section } from '../../components/Section';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import { parseServerUrl } from '../../sync/http';
import { getSyncState } from '../../sync/stores';
import { useSyncEngine, useSyncStatus } from './SyncContext';
import { SignInDialog } from './SignInDialog';

/** 设置 › 数据同步: the server address (validated) and the clerk's sync sign-in. */
export const ServerSettings = () => {
  const { t } = useI18n();
  const db = useDb();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const stored = useLiveQuery(() => getSyncState(db, 'serverUrl'), [db]);
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const [signedOut, setSignedOut] = useState<'revoked' | 'localOnly' | null>(null);
  const value = draft ?? stored ?? '';
  const parsed = value.trim() === '' ? null : parseServerUrl(value);
  const invalid = value.trim() !== '' && parsed === null;

  const save = async () => {
    if (!engine || !parsed) return;
    await engine.setServerUrl(parsed);
    setDraft(null);
    setSaved(true);
  };

  return (
    <Section title={t('sync.settings.title')} id="settings-sync">
      <Box sx={{ display: 'grid', gap: 2 }}>
        {!status.configured && (
          <Typography color="text.secondary">{t('sync.settings.notConfigured')}</Typography>
        )}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            label={t('sync.settings.serverUrl')}
            value={value}
            onChange={(event) => {
              setDraft(event.target.value);
              setSaved(false);
            }}
            error={invalid}
            helperText={invalid ? t('sync.settings.serverUrlInvalid') : t('sync.settings.serverUrlHelp')}
            sx={{ flex: 1, minWidth: 320 }}
            slotProps={{ htmlInput: { inputMode: 'url', spellCheck: false } }}
          />
          <Button
            variant="contained"
            onClick={() => void save()}
            disabled={!engine || !parsed}
            sx={{ mt: 1 }}
          >
            {t('sync.settings.saveServer')}
          </Button>
        </Box>
        {saved && <Alert severity="success">{t('sync.settings.saved')}</Alert>}
        {status.configured && (
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography>
              {status.staff
                ? t('sync.settings.signedInAs', { name: status.staff.name })
                : t('sync.settings.notSignedIn')}
            </Typography>
            <Button
              variant="outlined"
              onClick={() => {
                setSignedOut(null);
                setSigningIn(true);
              }}
            >
              {status.staff ? t('sync.signIn.again') : t('sync.signIn.action')}
            </Button>
            {status.staff && engine && (
              <Button variant="text" color="inherit" onClick={() => void engine.signOut().then(setSignedOut)}>
                {t('sync.signOut.action')}
              </Button>
            )}
          </Box>
        )}
        {signedOut && (
          <Alert severity={signedOut === 'revoked' ? 'success' : 'info'}>
            {signedOut === 'revoked' ? t('sync.signOut.done') : t('sync.signOut.localOnly')}
          </Alert>
        )}
        {status.needsSignIn && status.staff && <Alert severity="warning">{t('sync.signIn.needed')}</Alert>}
      </Box>
      <SignInDialog open={signingIn} onClose={() => setSigningIn(false)} />
    </Section>
  );
};
