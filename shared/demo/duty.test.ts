import { describe, expect, it } from 'vitest';
import { syncedTables } from '../sync/tables';
import type { RowWriteCheck } from '../sync/rowRules';
import { checkNoteUpdateWrite, checkNoteWrite } from '../duty/noteRules';
import { checkShiftWrite } from '../duty/shiftRules';
import { deriveNoteState, isOverdue } from '../duty/noteState';
import { shiftIdFor, type ShiftFields } from '../duty/shift';
import { hallDayOf } from '../time';
import { demoDutyRows, demoWeekDays } from './duty';
import { demoDepartmentIds, demoStaff } from './organization';

const writerOf = (staffId: string) => {
  const person = demoStaff.find((candidate) => candidate.id === staffId)!;
  return { staffId, roles: person.roles, departmentId: person.departmentId };
};

const check = (
  rowId: string,
  merged: Record<string, unknown>,
  staffId: string,
  existing?: Record<string, unknown>,
  related: RowWriteCheck['related'] = () => undefined,
): RowWriteCheck => ({
  op: 'upsert',
  rowId,
  existing,
  merged,
  writer: writerOf(staffId),
  // The duty rules read no clock.
  now: new Date('2026-12-01T00:00:00.000Z'),
  related,
});

/** A Monday morning, a Wednesday just after midnight, a Saturday afternoon (hall time). */
const clocks = [
  new Date('2026-11-30T01:30:00.000Z'),
  new Date('2026-12-02T16:10:00.000Z'),
  new Date('2026-12-05T07:00:00.000Z'),
];

describe.each(clocks)('the demo week ending %s', (now) => {
  const week = demoDutyRows(now);
  const today = hallDayOf(now);

  it('is valid against the synced tables, with unique ids, for both bureaus', () => {
    for (const [table, rows] of [
      ['shifts', week.shifts],
      ['bottlenecks', week.notes],
      ['bottleneckUpdates', week.updates],
    ] as const) {
      for (const row of rows)
        expect(syncedTables[table].fields.strict().parse(row.fields)).toEqual(row.fields);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
    const departments = new Set(week.notes.map((note) => note.fields.departmentId));
    expect(departments).toEqual(new Set([demoDepartmentIds.hrss, demoDepartmentIds.civilAffairs]));
    expect(new Set(week.updates.map((update) => update.fields.authorId)).size).toBeGreaterThanOrEqual(6);
  });

  it('runs from last week to today: five working days of shifts, updates up to today, nothing later than now', () => {
    const days = demoWeekDays(now);
    expect(days).toHaveLength(5);
    expect(days[0]! >= hallDayOf(new Date(now.getTime() - 7 * 86_400_000))).toBe(true);
    expect(days.every((day) => day < today)).toBe(true);
    expect(new Set(week.shifts.map((shift) => shift.fields.day))).toEqual(new Set(days));
    const instants = [
      ...week.notes.map((note) => note.fields.raisedAt),
      ...week.updates.map((update) => update.fields.at),
      ...week.shifts.flatMap((shift) => [
        shift.fields.openedAt,
        shift.fields.acknowledgedAt ?? shift.fields.openedAt,
      ]),
    ];
    expect(instants.every((instant) => instant <= now.toISOString())).toBe(true);
    // Followed up within the last hour, whatever the hour (just after midnight that is yesterday).
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    expect(week.updates.filter((update) => update.fields.at >= hourAgo)).toHaveLength(3);
  });

  it('hands every shift over and leaves one handover per hall for today’s leader', () => {
    const pending = week.shifts.filter((shift) => shift.fields.acknowledgedById === null);
    expect(pending.map((shift) => shift.fields.hallId).sort()).toEqual(
      [...new Set(week.shifts.map((shift) => shift.fields.hallId))].sort(),
    );
    for (const { fields } of week.shifts) {
      // Replayed as it happened: opened, closed with the handover, acknowledged by the next leader.
      const opening: ShiftFields = {
        ...fields,
        status: 'open',
        closedAt: null,
        closedById: null,
        handoverNote: '',
        acknowledgedById: null,
        acknowledgedByName: null,
        acknowledgedAt: null,
      };
      const id = shiftIdFor(fields.hallId, fields.day, fields.period);
      expect(checkShiftWrite(check(id, opening, fields.dutyLeaderId))).toBeUndefined();
      const closed = { ...fields, acknowledgedById: null, acknowledgedByName: null, acknowledgedAt: null };
      expect(checkShiftWrite(check(id, closed, fields.dutyLeaderId, opening))).toBeUndefined();
      if (fields.acknowledgedById)
        expect(checkShiftWrite(check(id, fields, fields.acknowledgedById, closed))).toBeUndefined();
    }
  });

  it('raises and follows up every note as the duty rules allow, in the order it happened', () => {
    const notes = new Map(week.notes.map((note) => [note.id as string, note.fields]));
    const shifts = new Map(week.shifts.map((shift) => [shift.id as string, shift.fields]));
    for (const note of week.notes) {
      // Raised by someone on the shift then open (the on-duty rule sees the shift).
      const related: RowWriteCheck['related'] = (ref) => shifts.get(ref.id);
      expect(checkNoteWrite(check(note.id, note.fields, note.fields.raisedById, undefined, related))).toBe(
        undefined,
      );
    }
    expect(week.notes.filter((note) => note.fields.shiftId !== null).length).toBeGreaterThan(8);
    for (const update of week.updates) {
      const related: RowWriteCheck['related'] = (ref) => notes.get(ref.id);
      const refused = checkNoteUpdateWrite(
        check(update.id, update.fields, update.fields.authorId, undefined, related),
      );
      expect(refused).toBeUndefined();
      expect(update.fields.at >= notes.get(update.fields.noteId)!.raisedAt).toBe(true);
    }
  });

  it('derives states a leader would expect: some resolved, some escalated, some overdue, none ignored', () => {
    const derived = Object.fromEntries(
      week.notes.map((note) => {
        const state = deriveNoteState(
          note.fields,
          week.updates
            .filter((update) => update.fields.noteId === note.id)
            .map((update) => ({ ...update.fields, id: update.id })),
        );
        expect(state.ignoredUpdateIds).toEqual([]);
        return [
          note.id.replace('note-demo-', ''),
          `${state.status}${isOverdue(state, now) ? ' overdue' : ''}`,
        ];
      }),
    );
    expect(derived).toEqual({
      'rs-01': 'resolved',
      'rs-02': 'escalated overdue',
      'rs-03': 'inProgress overdue',
      'rs-04': 'resolved',
      'rs-05': 'inProgress',
      'rs-06': 'open',
      'mz-01': 'resolved',
      'mz-02': 'inProgress',
      'mz-03': 'inProgress overdue',
      'mz-04': 'escalated',
      'mz-05': 'open',
    });
  });

  it('is the same week whoever seeds it at the same time', () => {
    expect(demoDutyRows(new Date(now))).toEqual(week);
  });
});
