import { useState } from 'react';
import { Alert, Box, MenuItem, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';
import { getSyncState, setSyncState } from '../../sync/stores';
import { wantedScope } from '../../sync/scope';
import { roleScopes, scopeKey } from '../../../shared/sync/scope';
import { settingsLabelWidth } from '../settings/settingsLayout';
import { useSyncEngine, useSyncStatus } from './SyncContext';

const dayChoices = [30, 60, 90, 180, 400];

/**
 * 设置 › 本机数据范围: the replication scope this desk holds (renderer/sync/scope.ts) and the window the
 * clerk may shorten or, within the role's limit, lengthen. Shown once the desk syncs with a server.
 */
export const ScopeSettings = () => {
  const { t } = useI18n();
  const db = useDb();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const roles = status.staff?.roles;
  const state = useLiveQuery(
    async () => ({
      wanted: roles ? ((await wantedScope(db, roles)) ?? null) : null,
      held: (await getSyncState(db, 'scope')) ?? null,
    }),
    [db, roles?.join()],
  );
  const [saved, setSaved] = useState(false);
  if (!status.configured || !roles || !state) return null;
  const { wanted, held } = state;
  if (!wanted) {
    return (
      <Section title={t('scope.title')} id="settings-scope">
        <Typography color="text.secondary">{t('scope.unscoped')}</Typography>
      </Section>
    );
  }
  const maxDays = roles.reduce((max, role) => Math.max(max, roleScopes[role].maxDays), 1);
  const choices = [...new Set([...dayChoices.filter((days) => days <= maxDays), wanted.windowDays])].sort(
    (a, b) => a - b,
  );
  const echoed = held?.key === scopeKey(wanted) && held.today ? held : null;

  const choose = async (days: number) => {
    await setSyncState(db, 'scopeWindowDays', days);
    setSaved(true);
    void engine?.sync();
  };

  return (
    <Section title={t('scope.title')} id="settings-scope">
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Facts
          labelWidth={settingsLabelWidth}
          rows={[
            [
              t('scope.cases'),
              t(wanted.reach === 'hall' ? 'scope.cases.hall' : 'scope.cases.department', {
                days: wanted.windowDays,
              }),
            ],
            [
              t('scope.window'),
              echoed
                ? t('scope.window.range', { from: echoed.from, today: echoed.today })
                : t('scope.window.notYet'),
            ],
            [t('scope.items'), t('scope.items.rule')],
            [t('scope.other'), t('scope.other.rule')],
          ]}
        />
        <TextField
          select
          label={t('scope.days')}
          value={wanted.windowDays}
          onChange={(event) => void choose(Number(event.target.value))}
          helperText={t('scope.days.help')}
          sx={{ maxWidth: 560 }}
        >
          {choices.map((days) => (
            <MenuItem key={days} value={days}>
              {t('scope.days.option', { days })}
            </MenuItem>
          ))}
        </TextField>
        {saved && <Alert severity="success">{t('scope.days.saved')}</Alert>}
      </Box>
    </Section>
  );
};
