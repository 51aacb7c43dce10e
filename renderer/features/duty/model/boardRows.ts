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

/** One pass over the rows; the order is kept. */
export const filterBoardRows = (rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] =>
  rows.filter(
    ({ note, state, overdue }) =>
      (filter.status === '' ||
        (filter.status === 'unresolved' ? state.status !== 'resolved' : state.status === filter.status)) &&
      (filter.category === '' || note.category === filter.category) &&
      (filter.itemId === '' || note.itemId === filter.itemId) &&
      (filter.ownerId === '' || state.ownerId === filter.ownerId) &&
      (filter.hallId === '' || note.hallId === filter.hallId) &&
      (!filter.overdueOnly || overdue) &&
      (filter.raisedById === '' || note.raisedById === filter.raisedById),
  );
