import { useDeferredValue, useMemo, useState } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { useI18n } from '../../../i18n/useI18n';
import { useBoardRows } from '../data/useBoardRows';
import { useDutyActor } from '../data/useDutyActor';
import { emptyFilter, filterBoardIndex, indexBoardRows, type BoardFilter } from '../model/boardRows';
import { BoardFilters } from './BoardFilters';
import { VirtualNoteList } from './VirtualNoteList';

const optionsOf = (pairs: Iterable<[string, string]>) =>
  [...new Map(pairs)]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));

/**
 * 堵点台账 for leaders and supervisors (every note this desk holds, filterable, overdue first); a clerk
 * sees 我的堵点: the notes they raised.
 */
export const BoardPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const actor = useDutyActor();
  const rows = useBoardRows();
  const halls = useLiveQuery(() => db.halls.toArray(), [db]);
  const [filter, setFilter] = useState<BoardFilter>({ ...emptyFilter, status: 'unresolved' });
  const deferred = useDeferredValue(filter);
  const mine = actor && !actor.isLeader ? actor.desk.staffId : '';
  const index = useMemo(() => (rows ? indexBoardRows(rows) : undefined), [rows]);
  const shown = useMemo(
    () => (index ? filterBoardIndex(index, { ...deferred, raisedById: mine }) : []),
    [index, deferred, mine],
  );
  const overdue = useMemo(() => shown.filter((row) => row.overdue).length, [shown]);
  const options = useMemo(() => {
    const all = rows ?? [];
    return {
      items: optionsOf(
        all.flatMap(({ note }) => (note.itemId ? [[note.itemId, note.itemName] as [string, string]] : [])),
      ),
      owners: optionsOf(
        all.flatMap(({ state }) =>
          state.ownerId ? [[state.ownerId, state.ownerName ?? state.ownerId] as [string, string]] : [],
        ),
      ),
      halls: optionsOf((halls ?? []).map((hall) => [hall.id, hall.name] as [string, string])),
    };
  }, [rows, halls]);
  if (!actor || !rows) return <PageState kind="loading" />;

  const title = actor.isLeader ? t('duty.board.title') : t('duty.board.mineTitle');
  return (
    <Page
      title={title}
      subtitle={t('duty.board.count', {
        count: shown.length,
        overdue,
      })}
      fill
    >
      <BoardFilters filter={filter} onChange={setFilter} {...options} />
      <Paper
        component="section"
        aria-labelledby="board-notes"
        sx={{ flex: 1, minHeight: 320, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      >
        <Box sx={{ px: 2.5, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="h2" id="board-notes" sx={{ fontSize: '1.1rem' }}>
            {title}
          </Typography>
        </Box>
        <VirtualNoteList rows={shown} empty={t('duty.board.empty')} label={title} />
      </Paper>
    </Page>
  );
};
