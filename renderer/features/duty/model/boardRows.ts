import type {
  Bottleneck,
  BottleneckCategory,
  BottleneckStatus,
  BottleneckUpdate,
} from '../../../../shared/duty/bottleneck';
import { deriveNoteState, isOverdue, type NoteState } from '../../../../shared/duty/noteState';

/** A note with its derived state, as the board and the shift page list it. */
export type BoardRow = { note: Bottleneck; state: NoteState; overdue: boolean };

/**
 * Notes joined with their updates (grouped once, not searched per note: 100,000 updates must not cost
 * 20,000 scans) and their state derived in the fixed order every desk uses.
 */
export const buildBoardRows = (
  notes: readonly Bottleneck[],
  updates: readonly BottleneckUpdate[],
  now: Date,
): BoardRow[] => {
  const byNote = new Map<string, BottleneckUpdate[]>();
  for (const update of updates) {
    if (update.deleted) continue;
    const list = byNote.get(update.noteId);
    if (list) list.push(update);
    else byNote.set(update.noteId, [update]);
  }
  const rows: BoardRow[] = [];
  for (const note of notes) {
    if (note.deleted) continue;
    const state = deriveNoteState(note, byNote.get(note.id) ?? []);
    rows.push({ note, state, overdue: isOverdue(state, now) });
  }
  // Overdue first, then the most recent activity: what needs a leader now is at the top.
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.state.lastActivityAt < b.state.lastActivityAt
        ? 1
        : a.state.lastActivityAt > b.state.lastActivityAt
          ? -1
          : 0),
  );
};

export type BoardFilter = {
  /** A status, `unresolved` (anything but resolved) or empty for all. */
  status: BottleneckStatus | 'unresolved' | '';
  category: BottleneckCategory | '';
  itemId: string;
  ownerId: string;
  hallId: string;
  overdueOnly: boolean;
  /** Only notes this person raised (a clerk's 我的堵点). */
  raisedById: string;
};

export const emptyFilter: BoardFilter = {
  status: '',
  category: '',
  itemId: '',
  ownerId: '',
  hallId: '',
  overdueOnly: false,
  raisedById: '',
};

const matches = ({ note, state, overdue }: BoardRow, filter: BoardFilter): boolean =>
  (filter.status === '' ||
    (filter.status === 'unresolved' ? state.status !== 'resolved' : state.status === filter.status)) &&
  (filter.category === '' || note.category === filter.category) &&
  (filter.itemId === '' || note.itemId === filter.itemId) &&
  (filter.ownerId === '' || state.ownerId === filter.ownerId) &&
  (filter.hallId === '' || note.hallId === filter.hallId) &&
  (!filter.overdueOnly || overdue) &&
  (filter.raisedById === '' || note.raisedById === filter.raisedById);

/** One pass over the rows; the order is kept. The reference the index below must agree with. */
export const filterBoardRows = (rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] =>
  rows.filter((row) => matches(row, filter));

type Key = 'status' | 'category' | 'itemId' | 'ownerId' | 'hallId' | 'raisedById';

/**
 * The rows grouped once by every filter key, each group in the board's order. A filter change then
 * scans only the smallest group among the chosen keys instead of every note: on a desk holding
 * 20,000 notes, picking an owner or an item touches a few hundred (tests/bench/duty-board.ts).
 */
export type BoardIndex = {
  rows: readonly BoardRow[];
  unresolved: readonly BoardRow[];
  overdue: readonly BoardRow[];
  groups: Record<Key, ReadonlyMap<string, readonly BoardRow[]>>;
};

const keyOf: Record<Key, (row: BoardRow) => string | null> = {
  status: (row) => row.state.status,
  category: (row) => row.note.category,
  itemId: (row) => row.note.itemId,
  ownerId: (row) => row.state.ownerId,
  hallId: (row) => row.note.hallId,
  raisedById: (row) => row.note.raisedById,
};

const groupBy = (rows: readonly BoardRow[], key: Key): Map<string, BoardRow[]> => {
  const map = new Map<string, BoardRow[]>();
  for (const row of rows) {
    const value = keyOf[key](row);
    if (value === null) continue;
    const group = map.get(value);
    if (group) group.push(row);
    else map.set(value, [row]);
  }
  return map;
};

export const indexBoardRows = (rows: readonly BoardRow[]): BoardIndex => {
  const groups: BoardIndex['groups'] = {
    status: groupBy(rows, 'status'),
    category: groupBy(rows, 'category'),
    itemId: groupBy(rows, 'itemId'),
    ownerId: groupBy(rows, 'ownerId'),
    hallId: groupBy(rows, 'hallId'),
    raisedById: groupBy(rows, 'raisedById'),
  };
  return {
    rows,
    unresolved: rows.filter((row) => row.state.status !== 'resolved'),
    overdue: rows.filter((row) => row.overdue),
    groups,
  };
};

const none: readonly BoardRow[] = [];

/** The same rows as `filterBoardRows(index.rows, filter)`, in the same order. */
export const filterBoardIndex = (index: BoardIndex, filter: BoardFilter): BoardRow[] => {
  const candidates: (readonly BoardRow[])[] = [index.rows];
  if (filter.status === 'unresolved') candidates.push(index.unresolved);
  if (filter.overdueOnly) candidates.push(index.overdue);
  for (const key of Object.keys(keyOf) as Key[]) {
    const value = filter[key];
    if (value !== '' && value !== 'unresolved') candidates.push(index.groups[key].get(value) ?? none);
  }
  const smallest = candidates.reduce((best, list) => (list.length < best.length ? list : best));
  return smallest.filter((row) => matches(row, filter));
};
