import { describe, expect, it } from 'vitest';
import { isoDaySchema } from '../time';
import { hallIdSchema, staffIdSchema } from '../ids';
import { newNote, noteUpdate, openingShift } from './builders';
import { checkNoteUpdateWrite, checkNoteWrite } from './noteRules';
import { checkOf, clerk, day, hall, leader, mz, nextLeader, noteId, rs, writerOf } from './dutyFixtures';
import type { BottleneckFields } from './bottleneck';

const at = new Date('2026-11-27T02:00:00.000Z');
const captured = (by = clerk, extra: Partial<BottleneckFields> = {}): BottleneckFields => ({
  ...newNote({
    departmentId: rs,
    hallId: hall,
    windowId: null,
    itemId: null,
    itemName: '失业保险金申领',
    caseId: null,
    certificateEntryId: null,
    shiftId: null,
    category: 'systemFault',
    description: '社保系统人脸识别认证失败',
    applicantsAffected: 3,
    severity: 'medium',
    ownerId: null,
    ownerName: null,
    deadline: null,
    by,
    now: at,
  }),
  ...extra,
});
const asClerk = writerOf(clerk, ['staff']);
const asLeader = writerOf(leader, ['leader']);

describe('note rules', () => {
  it('lets anyone raise a note as themself; only a leader sets owner or deadline, never before the day raised', () => {
    expect(checkNoteWrite(checkOf({ merged: captured(), writer: asClerk }))).toBeUndefined();
    expect(checkNoteWrite(checkOf({ merged: captured(), writer: asLeader }))?.code).toBe('raisedByIsWriter');
    const withDeadline = captured(clerk, { deadline: isoDaySchema.parse('2026-12-01') });
    expect(checkNoteWrite(checkOf({ merged: withDeadline, writer: asClerk }))?.code).toBe('leaderOnly');
    const early = captured(leader, { deadline: isoDaySchema.parse('2026-11-26') });
    expect(checkNoteWrite(checkOf({ merged: early, writer: asLeader }))?.code).toBe('deadlineBeforeRaised');
  });

  it('keeps who and when fixed, and lets only a leader correct the text', () => {
    const note = captured();
    const reworded = { ...note, description: '社保系统人脸识别认证失败（卧床老人）' };
    expect(checkNoteWrite(checkOf({ existing: note, merged: reworded, writer: asClerk }))?.code).toBe(
      'leaderOnly',
    );
    expect(checkNoteWrite(checkOf({ existing: note, merged: reworded, writer: asLeader }))).toBeUndefined();
    expect(
      checkNoteWrite(checkOf({ existing: note, merged: { ...note, ownerId: leader.id }, writer: asLeader }))
        ?.code,
    ).toBe('noteFieldsFixed');
  });

  const rows = { [`bottlenecks:${noteId}`]: captured() };
  const update = (input: Partial<Parameters<typeof noteUpdate>[0]>) =>
    noteUpdate({
      departmentId: rs,
      noteId,
      kind: 'comment',
      by: clerk,
      now: at,
      text: '已电话联系',
      ...input,
    });

  it('takes updates once, from their author, to a note of their own department', () => {
    expect(checkNoteUpdateWrite(checkOf({ merged: update({}), writer: asClerk }, rows))).toBeUndefined();
    expect(checkNoteUpdateWrite(checkOf({ merged: update({}), writer: asClerk }))?.code).toBe('noteNotFound');
    expect(
      checkNoteUpdateWrite(
        checkOf({ existing: update({}), merged: update({ text: '改' }), writer: asClerk }, rows),
      )?.code,
    ).toBe('updatesAppendOnly');
    const mzClerk = writerOf(clerk, ['staff'], mz);
    expect(
      checkNoteUpdateWrite(checkOf({ merged: update({ departmentId: mz }), writer: mzClerk }, rows))?.reason,
    ).toBe('wrong_department');
    expect(
      checkNoteUpdateWrite(checkOf({ merged: update({ by: leader }), writer: asClerk }, rows))?.code,
    ).toBe('authorIsWriter');
  });

  it('asks a leader and a resolution to resolve or escalate; a deadline not before the day raised', () => {
    const resolve = (text: string, by = leader) => update({ kind: 'status', status: 'resolved', text, by });
    expect(checkNoteUpdateWrite(checkOf({ merged: resolve('  '), writer: asLeader }, rows))?.code).toBe(
      'resolutionRequired',
    );
    expect(
      checkNoteUpdateWrite(checkOf({ merged: resolve('已改为上门认证'), writer: asLeader }, rows)),
    ).toBeUndefined();
    expect(
      checkNoteUpdateWrite(checkOf({ merged: resolve('已解决', clerk), writer: asClerk }, rows))?.code,
    ).toBe('leaderOnly');
    const started = update({ kind: 'status', status: 'inProgress', text: '' });
    expect(checkNoteUpdateWrite(checkOf({ merged: started, writer: asClerk }, rows))).toBeUndefined();
    const early = update({ kind: 'deadline', deadline: isoDaySchema.parse('2026-11-20'), by: leader });
    expect(checkNoteUpdateWrite(checkOf({ merged: early, writer: asLeader }, rows))?.code).toBe(
      'deadlineBeforeRaised',
    );
    expect(
      checkNoteUpdateWrite(checkOf({ merged: update({ text: ' ' }), writer: asClerk }, rows))?.code,
    ).toBe('commentRequired');
  });

  it('takes a note raised in a shift only from its leader, its staff on duty or a section chief', () => {
    const shift = openingShift({
      departmentId: rs,
      hallId: hall,
      day,
      period: 'morning',
      leader,
      staffOnDuty: [clerk],
      now: at,
    });
    const rows = { [`shifts:${shift.id}`]: shift.fields };
    const inShift = (by = clerk) => captured(by, { shiftId: shift.id });
    const code = (by: typeof clerk, roles: Parameters<typeof writerOf>[1], note = inShift(by)) =>
      checkNoteWrite(checkOf({ merged: note, writer: writerOf(by, roles) }, rows))?.code;
    expect(code(clerk, ['staff'])).toBeUndefined();
    expect(code(leader, ['leader'])).toBeUndefined();
    expect(code(nextLeader, ['leader'])).toBe('notOnDuty');
    expect(code(nextLeader, ['supervisor'])).toBeUndefined();
    const other = { id: staffIdSchema.parse('staff-JN-RS-002'), name: '李振华' };
    expect(code(other, ['staff'])).toBe('notOnDuty');
    expect(code(other, ['staff'], captured(other))).toBeUndefined();
    expect(code(clerk, ['staff'], { ...inShift(), hallId: hallIdSchema.parse('hall-JN-RS-SBZX') })).toBe(
      'noteShiftMismatch',
    );
    expect(checkNoteWrite(checkOf({ merged: inShift(), writer: writerOf(clerk, ['staff']) }))?.code).toBe(
      'noteShiftMismatch',
    );
  });
});
