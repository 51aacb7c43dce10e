import { useState } from 'react';
import { Alert, Box, Button, Link, List, ListItem, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import { SyncRequestError } from '../../sync/http';
import type { LookupQuery } from '../../../shared/sync/contract';
import { useSyncEngine, useSyncStatus } from './SyncContext';

type Found = { id: string; day: string; item: string; applicant: string };
type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; rows: Found[] }
  | { kind: 'refused'; key: 'scope.lookup.otherDepartment' }
  | { kind: 'failed' };

/** An 18-character ID number, a name in Chinese, or else a notice number (what the applicant holds). */
export const lookupQueryOf = (text: string): LookupQuery => {
  const value = text.trim();
  if (/^\d{17}[\dXx]$/.test(value)) return { idNumber: value.toUpperCase() };
  if (/[\u4e00-\u9fff]/.test(value)) return { name: value.slice(0, 40) };
  return { notice: value.slice(0, 40) };
};

/**
 * When the local search finds nothing: look the department's cases up on the server (docs/sync.md,
 * "Scopes"), for a return visit with an old 一次性告知书 or a search by ID number or name.
 */
export const ServerLookup = ({ query }: { query: string }) => {
  const { t } = useI18n();
  const db = useDb();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!engine || !status.configured || !status.staff || query.trim() === '') return null;

  const search = async () => {
    setState({ kind: 'searching' });
    try {
      const ids = await engine.lookup(lookupQueryOf(query));
      const rows = await db.cases.bulkGet(ids as never[]);
      setState({
        kind: 'found',
        rows: rows.flatMap((row) =>
          row ? [{ id: row.id, day: row.day, item: row.itemName, applicant: row.applicantName }] : [],
        ),
      });
    } catch (error) {
      if (error instanceof SyncRequestError && error.detail.kind === 'server' && error.detail.status === 403)
        setState({ kind: 'refused', key: 'scope.lookup.otherDepartment' });
      else setState({ kind: 'failed' });
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5, px: 2, pb: 2, justifyItems: 'center' }} data-testid="server-lookup">
      <Typography variant="body2" sx={{ color: 'text.secondary', maxWidth: 560, textAlign: 'center' }}>
        {t('scope.lookup.hint')}
      </Typography>
      <Button variant="outlined" onClick={() => void search()} disabled={state.kind === 'searching'}>
        {state.kind === 'searching'
          ? t('scope.lookup.searching')
          : t('scope.lookup.action', { query: query.trim() })}
      </Button>
      {state.kind === 'found' && state.rows.length === 0 && (
        <Alert severity="info">{t('scope.lookup.none')}</Alert>
      )}
      {state.kind === 'found' && state.rows.length > 0 && (
        <Box>
          <Typography>{t('scope.lookup.found', { count: state.rows.length })}</Typography>
          <List dense>
            {state.rows.map((row) => (
              <ListItem key={row.id}>
                <Link component={RouterLink} to={`/cases/${row.id}`}>
                  {t('scope.lookup.item', row)}
                </Link>
              </ListItem>
            ))}
          </List>
        </Box>
      )}
      {state.kind === 'refused' && <Alert severity="warning">{t(state.key)}</Alert>}
      {state.kind === 'failed' && <Alert severity="warning">{t('scope.lookup.failed')}</Alert>}
    </Box>
  );
};
