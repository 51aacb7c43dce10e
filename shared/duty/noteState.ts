import { hallDayOf, type IsoDay } from '../time';
import type { BottleneckFields, BottleneckStatus, BottleneckUpdateFields } from './bottleneck';

type UpdateRow = Pick<
  BottleneckUpdateFields,
  'kind' | 'at' | 'authorId' | 'authorName' | 'text' | 'status' | 'ownerId' | 'ownerName' | 'deadline'
> & { id: string };

type NoteRow = Pick<BottleneckFields, 'ownerId' | 'ownerName' | 'deadline' | 'raisedAt' | 'raisedDay'>;

/** What a note stands at now, derived from the note and all its updates. */
export type NoteState = {
  status: BottleneckStatus;
  ownerId: string | null;
  ownerName: string | null;
  deadline: IsoDay | null;
  /** The text of the update that resolved or escalated it (null while open or in progress). */
  resolution: string | null;
  lastActivityAt: string;
  updateCount: number;
  /** Ids of status updates that did not apply (e.g. two desks both resolved it; the later one is moot). */
  ignoredUpdateIds: string[];
};

const allowedNext: Record<BottleneckStatus, readonly BottleneckStatus[]> = {
  open: ['inProgress', 'resolved', 'escalated'],
  inProgress: ['resolved', 'escalated'],
  // 上报 hands it up; it comes back to be worked on or is resolved above.
  escalated: ['inProgress', 'resolved'],
  // Reopened when the 整改 did not hold.
  resolved: ['inProgress'],
};

export const canMoveTo = (from: BottleneckStatus, to: BottleneckStatus): boolean =>
  allowedNext[from].includes(to);

/**
 * The fixed order every desk folds updates in: by `at`, then by id. Ids are unique, so this is a total
 * order and the derived state is the same on every desk whatever order the rows arrived in.
 */
export const compareUpdates = (a: UpdateRow, b: UpdateRow): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Folds the updates over the note. A status update that is not a valid move from the state reached so
 * far is kept in the timeline but does not apply, which is how two desks that both acted on the same
 * note offline converge without either update being lost.
 */
export const deriveNoteState = (note: NoteRow, updates: readonly UpdateRow[]): NoteState => {
  const state: NoteState = {
    status: 'open',
    ownerId: note.ownerId,
    ownerName: note.ownerName,
    deadline: note.deadline,
    resolution: null,
    lastActivityAt: note.raisedAt,
    updateCount: updates.length,
    ignoredUpdateIds: [],
  };
  for (const update of [...updates].sort(compareUpdates)) {
    if (update.at > state.lastActivityAt) state.lastActivityAt = update.at;
    if (update.kind === 'status') {
      if (update.status === null || !canMoveTo(state.status, update.status)) {
        state.ignoredUpdateIds.push(update.id);
        continue;
      }
      state.status = update.status;
      state.resolution = update.status === 'resolved' || update.status === 'escalated' ? update.text : null;
    } else if (update.kind === 'assign' && update.ownerId !== null) {
      state.ownerId = update.ownerId;
      state.ownerName = update.ownerName;
    } else if (update.kind === 'deadline' && update.deadline !== null) {
      if (update.deadline < note.raisedDay) state.ignoredUpdateIds.push(update.id);
      else state.deadline = update.deadline;
    }
  }
  return state;
};

/** 超期: past its deadline (a whole hall day after it) and not resolved. Escalated is not resolved. */
export const isOverdue = (state: Pick<NoteState, 'status' | 'deadline'>, now: Date): boolean =>
  state.deadline !== null && state.status !== 'resolved' && hallDayOf(now) > state.deadline;

export const isUnresolved = (status: BottleneckStatus): boolean => status !== 'resolved';
