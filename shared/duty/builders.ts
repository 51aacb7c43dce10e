import type { DepartmentId, HallId, ShiftId, StaffId } from '../ids';
import { hallDayOf, toIsoInstant, type IsoDay } from '../time';
import type {
  BottleneckFields,
  BottleneckStatus,
  BottleneckUpdateFields,
  BottleneckUpdateKind,
} from './bottleneck';
import { shiftIdFor, type OnDutyPerson, type ShiftFields, type ShiftPeriod } from './shift';

/** Someone signed in, as the builders stamp them on what they write. */
export type Person = { id: StaffId; name: string };

export type ShiftOpening = {
  departmentId: DepartmentId;
  hallId: HallId;
  day: IsoDay;
  period: ShiftPeriod;
  leader: Person;
  staffOnDuty: readonly OnDutyPerson[];
  now: Date;
};

/** A new shift's id and fields: open, led by whoever opens it. */
export const openingShift = (input: ShiftOpening): { id: ShiftId; fields: ShiftFields } => ({
  id: shiftIdFor(input.hallId, input.day, input.period),
  fields: {
    departmentId: input.departmentId,
    hallId: input.hallId,
    day: input.day,
    period: input.period,
    dutyLeaderId: input.leader.id,
    dutyLeaderName: input.leader.name,
    staffOnDuty: [...input.staffOnDuty],
    status: 'open',
    openedAt: toIsoInstant(input.now),
    closedAt: null,
    closedById: null,
    handoverNote: '',
    acknowledgedById: null,
    acknowledgedByName: null,
    acknowledgedAt: null,
  },
});

export const closingShift = (
  by: Person,
  handoverNote: string,
  now: Date,
): Pick<ShiftFields, 'status' | 'closedAt' | 'closedById' | 'handoverNote'> => ({
  status: 'closed',
  closedAt: toIsoInstant(now),
  closedById: by.id,
  handoverNote: handoverNote.trim(),
});

export const acknowledgingShift = (
  by: Person,
  now: Date,
): Pick<ShiftFields, 'acknowledgedById' | 'acknowledgedByName' | 'acknowledgedAt'> => ({
  acknowledgedById: by.id,
  acknowledgedByName: by.name,
  acknowledgedAt: toIsoInstant(now),
});

export type NoteCapture = Omit<
  BottleneckFields,
  'raisedAt' | 'raisedDay' | 'raisedById' | 'raisedByName' | 'description'
> & { description: string; by: Person; now: Date };

export const newNote = ({ by, now, description, ...rest }: NoteCapture): BottleneckFields => ({
  ...rest,
  description: description.trim(),
  raisedAt: toIsoInstant(now),
  raisedDay: hallDayOf(now),
  raisedById: by.id,
  raisedByName: by.name,
});

export type NoteUpdateInput = {
  departmentId: DepartmentId;
  noteId: BottleneckUpdateFields['noteId'];
  kind: BottleneckUpdateKind;
  by: Person;
  now: Date;
  text?: string;
  status?: BottleneckStatus;
  owner?: Person;
  deadline?: IsoDay;
};

export const noteUpdate = (input: NoteUpdateInput): BottleneckUpdateFields => ({
  departmentId: input.departmentId,
  noteId: input.noteId,
  kind: input.kind,
  at: toIsoInstant(input.now),
  authorId: input.by.id,
  authorName: input.by.name,
  text: (input.text ?? '').trim(),
  status: input.status ?? null,
  ownerId: input.owner?.id ?? null,
  ownerName: input.owner?.name ?? null,
  deadline: input.deadline ?? null,
});
