import { Alert, Box, Button, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import { heldOf } from '../../sync/held';
import { deleteSyncState, getSyncState } from '../../sync/stores';

type HeldGroup = { authorId: string; name: string | null; records: number };

/** Held work by author: how many records each clerk's set-aside changes touch, with the clerk's name. */
const heldGroups = async (db: ReturnType<typeof useDb>): Promise<HeldGroup[]> => {
  const rows = new Map<string, Set<string>>();
  for (const entry of await heldOf(db).toArray()) {
    const author = entry.author ?? '';
    const records = rows.get(author) ?? new Set<string>();
    records.add(`${entry.table}\u0000${entry.rowId}`);
    rows.set(author, records);
  }
  const groups: HeldGroup[] = [];
  for (const [authorId, records] of rows) {
    const person = authorId ? await db.staff.get(authorId as never) : undefined;
    groups.push({ authorId, name: person?.name ?? null, records: records.size });
  }
  return groups;
};

/**
 * Work set aside until its clerk signs in on this desk (renderer/sync/held.ts): done while the desk
 * had no server by someone the server cannot yet take as its author. Nothing to press: it goes up by
 * itself, under that clerk's name, after their first sign-in here.
 */
export const HeldList = () => {
  const { t } = useI18n();
  const db = useDb();
  const groups = useLiveQuery(() => heldGroups(db), [db]) ?? [];
  const assumed = useLiveQuery(async () => {
    const value = await getSyncState(db, 'assumedAuthors');
    return value && { ...value, name: (await db.staff.get(value.staffId as never))?.name ?? null };
  }, [db]);
  if (groups.length === 0 && !assumed) return null;
  return (
    <Box data-testid="held-work">
      {assumed && (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          action={
            <Button onClick={() => void deleteSyncState(db, 'assumedAuthors')}>
              {t('sync.panel.dismiss')}
            </Button>
          }
        >
          {t('sync.held.assumed', {
            count: assumed.entries,
            name: assumed.name ?? t('sync.held.unknownClerk', { id: assumed.staffId }),
          })}
        </Alert>
      )}
      {groups.length > 0 && (
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
          {t('sync.held.title')}
        </Typography>
      )}
      {groups.map((group) => {
        const name = group.name ?? t('sync.held.unknownClerk', { id: group.authorId });
        return (
          <Alert key={group.authorId} severity="info" sx={{ mb: 1 }}>
            {t('sync.held.line', { name, count: group.records })}
          </Alert>
        );
      })}
    </Box>
  );
};
