import { uuidv7 } from 'uuidv7';
import { mutate } from '../../../db/mutate';
import type { OnceDeskDb } from '../../../db/schema';
import {
  acknowledgingShift,
  closingShift,
  newNote,
  noteUpdate,
  openingShift,
  type NoteCapture,
  type NoteUpdateInput,
} from '../../../../shared/duty/builders';
import type { OnDutyPerson, Shift, ShiftPeriod } from '../../../../shared/duty/shift';
import { bottleneckIdSchema, type BottleneckId } from '../../../../shared/ids';
import { hallDayOf } from '../../../../shared/time';
import type { DutyActor } from './useDutyActor';

/**
 * Every duty write goes through `mutate` with the signed-in writer, so the shared duty rules run
 * before anything is stored (a refusal throws RuleViolationError and nothing is half-saved).
 */
export const openShift = (
  db: OnceDeskDb,
  actor: DutyActor,
  period: ShiftPeriod,
  staffOnDuty: readonly OnDutyPerson[],
  now: Date,
) => {
  const { id, fields } = openingShift({
    departmentId: actor.desk.departmentId,
    hallId: actor.desk.hallId,
    day: hallDayOf(now),
    period,
    leader: actor.person,
    staffOnDuty,
    now,
  });
  return mutate(db, { table: 'shifts', rowId: id, op: 'upsert', fields, ...stamp(actor, now) });
};

export const closeShift = (db: OnceDeskDb, actor: DutyActor, shift: Shift, handover: string, now: Date) =>
  mutate(db, {
    table: 'shifts',
    rowId: shift.id,
    op: 'upsert',
    fields: closingShift(actor.person, handover, now),
    ...stamp(actor, now),
  });

export const acknowledgeShift = (db: OnceDeskDb, actor: DutyActor, shift: Shift, now: Date) =>
  mutate(db, {
    table: 'shifts',
    rowId: shift.id,
    op: 'upsert',
    fields: acknowledgingShift(actor.person, now),
    ...stamp(actor, now),
  });

export type CaptureInput = Omit<NoteCapture, 'by' | 'now' | 'departmentId' | 'hallId'>;

export const captureNote = async (
  db: OnceDeskDb,
  actor: DutyActor,
  input: CaptureInput,
  now: Date,
): Promise<BottleneckId> => {
  const id = bottleneckIdSchema.parse(uuidv7());
  const fields = newNote({
    ...input,
    departmentId: actor.desk.departmentId,
    hallId: actor.desk.hallId,
    by: actor.person,
    now,
  });
  await mutate(db, { table: 'bottlenecks', rowId: id, op: 'upsert', fields, ...stamp(actor, now) });
  return id;
};

export const addNoteUpdate = (
  db: OnceDeskDb,
  actor: DutyActor,
  input: Omit<NoteUpdateInput, 'by' | 'now' | 'departmentId'>,
  now: Date,
) =>
  mutate(db, {
    table: 'bottleneckUpdates',
    rowId: uuidv7(),
    op: 'upsert',
    fields: noteUpdate({ ...input, departmentId: actor.desk.departmentId, by: actor.person, now }),
    ...stamp(actor, now),
  });

const stamp = (actor: DutyActor, now: Date) => ({ by: actor.desk.staffId, now, writer: actor.writer });
