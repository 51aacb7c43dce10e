import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../../../db/schema';
import { seedDemoData } from '../../../db/seed';
import { officialChinese } from '../../../i18n/officialChinese';
import { demoDepartmentIds, demoHallIds, demoStaff } from '../../../../shared/demo/organization';
import type { Desk, Role } from '../../../../shared/domain/organization';
import { staffIdSchema, windowIdSchema } from '../../../../shared/ids';
import { isoDaySchema } from '../../../../shared/time';
import { dutyErrorText } from '../model/dutyErrorText';
import { addNoteUpdate, captureNote, closeShift, openShift } from './dutyWrites';
import type { DutyActor } from './useDutyActor';

/**
 * The bad inputs issue #8 lists, as a desk meets them: each is refused by the shared rules before
 * anything is stored (no row, no outbox entry) and the clerk reads one plain Chinese sentence. The
 * server refuses the same writes when a desk lets them through (tests/sync/server-duty.test.ts).
 */
const now = new Date('2026-12-01T02:00:00.000Z');
let db: OnceDeskDb;
let counter = 0;

const actorOf = (code: string): DutyActor => {
  const person = demoStaff.find((staff) => staff.id === `staff-${code}`)!;
  const desk: Desk = {
    departmentId: person.departmentId,
    hallId:
      person.departmentId === demoDepartmentIds.hrss ? demoHallIds.hrssMain : demoHallIds.civilAffairsCenter,
    windowId: windowIdSchema.parse('win-JN-RS-ZWDT-01'),
    staffId: person.id,
  };
  const roles: readonly Role[] = person.roles;
  return {
    desk,
    person: { id: staffIdSchema.parse(person.id), name: person.name },
    roles,
    writer: { staffId: person.id, roles, departmentId: person.departmentId },
    isLeader: roles.includes('leader') || roles.includes('supervisor'),
    hallName: '',
  };
};
const zhang = actorOf('JN-RS-004');
const liu = actorOf('JN-RS-005');

const stored = async () => ({
  shifts: await db.shifts.count(),
  notes: await db.bottlenecks.count(),
  updates: await db.bottleneckUpdates.count(),
  outbox: await db.outbox.count(),
});

/** Runs a write that must be refused; returns what the clerk reads, after checking nothing was stored. */
const refusal = async (write: () => Promise<unknown>): Promise<string> => {
  const before = await stored();
  const error = await write().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeDefined();
  expect(await stored()).toEqual(before);
  return dutyErrorText(officialChinese, error);
};

const aNote = () =>
  captureNote(
    db,
    zhang,
    {
      windowId: null,
      itemId: null,
      itemName: '',
      caseId: null,
      certificateEntryId: null,
      shiftId: null,
      category: 'systemFault',
      description: '叫号机上午死机两次',
      applicantsAffected: 8,
      severity: 'medium',
      ownerId: null,
      ownerName: null,
      deadline: null,
    },
    now,
  );

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`duty-writes-${counter}`);
  await seedDemoData(db, now);
});

afterEach(async () => {
  await db.delete();
});

describe('bad input on the desk', () => {
  it('closing a shift that is not open', async () => {
    await openShift(db, zhang, 'morning', [], now);
    const shift = (await db.shifts.toArray()).find((row) => row.status === 'open')!;
    await closeShift(db, zhang, shift, '无遗留事项', now);
    const closed = (await db.shifts.get(shift.id))!;
    expect(await refusal(() => closeShift(db, zhang, closed, '再交一次', now))).toBe(
      '该班次未开启或已交班，不能交班。',
    );
  });

  it('a second open shift for the same hall and period', async () => {
    await openShift(db, zhang, 'morning', [], now);
    expect(await refusal(() => openShift(db, liu, 'morning', [], now))).toBe(
      '该大厅本时段已有开启的班次，不能重复开班。',
    );
    expect(await refusal(() => openShift(db, liu, 'allDay', [], now))).toBe(
      '该大厅当天已有时段重叠的班次未交班（全天班与上午/下午班不能同时开启）。',
    );
  });

  it('resolving or escalating without a resolution', async () => {
    const noteId = await aNote();
    for (const status of ['resolved', 'escalated'] as const)
      expect(
        await refusal(() => addNoteUpdate(db, zhang, { noteId, kind: 'status', status, text: '  ' }, now)),
      ).toBe('办结或上报堵点须填写整改结果或上报原因。');
  });

  it('a deadline before the note was raised', async () => {
    const noteId = await aNote();
    const deadline = isoDaySchema.parse('2026-11-30');
    expect(await refusal(() => addNoteUpdate(db, zhang, { noteId, kind: 'deadline', deadline }, now))).toBe(
      '整改期限不能早于堵点的记录日期。',
    );
  });

  it("an update to another department's note (a 民政 demo note on an 人社 desk)", async () => {
    const foreign = (await db.bottlenecks.toArray()).find(
      (note) => note.departmentId === demoDepartmentIds.civilAffairs,
    )!;
    expect(
      await refusal(() =>
        addNoteUpdate(db, zhang, { noteId: foreign.id, kind: 'comment', text: '我们这边也遇到' }, now),
      ),
    ).toBe('不能跟进其他部门的堵点。');
  });
});
