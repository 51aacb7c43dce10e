import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { pullResponseSchema } from '../../shared/sync/contract';
import {
  acknowledgingShift,
  closingShift,
  newNote,
  noteUpdate,
  openingShift,
} from '../../shared/duty/builders';
import { bottleneckIdSchema, departmentIdSchema, hallIdSchema, staffIdSchema } from '../../shared/ids';
import { isoDaySchema } from '../../shared/time';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { login, mutation, pull, push } from './serverClient';

/**
 * 今日我带班 on the server: the shared duty rules (shared/duty) run on every push, so whatever a desk
 * let through — an old build, a desk that had not pulled the other leader's shift — is refused there.
 */
const rs = departmentIdSchema.parse('dept-JN-RS');
const mz = departmentIdSchema.parse('dept-JN-MZ');
const hall = hallIdSchema.parse('hall-JN-RS-ZWDT');
const day = isoDaySchema.parse('2026-11-27');
const zhang = { id: staffIdSchema.parse('staff-JN-RS-004'), name: '张志强' };
const liu = { id: staffIdSchema.parse('staff-JN-RS-005'), name: '刘海燕' };
const wang = { id: staffIdSchema.parse('staff-JN-RS-001'), name: '王晓燕' };
const meng = { id: staffIdSchema.parse('staff-JN-MZ-001'), name: '孟凡英' };
const li = { id: staffIdSchema.parse('staff-JN-RS-002'), name: '李振华' };
const zhao = { id: staffIdSchema.parse('staff-JN-RS-006'), name: '赵建国' };
const at = new Date('2026-11-27T00:30:00.000Z');

describe.each(testBackends())('duty rules on the server (%s)', (backend) => {
  let server: TestServer;
  let leaderZhang: string;
  let leaderLiu: string;
  let clerkWang: string;
  let clerkMeng: string;
  let clerkLi: string;
  let chiefZhao: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    leaderZhang = await login(server.api, 'rs-leader', 'desk-rs-leader');
    leaderLiu = await login(server.api, 'rs-leader2', 'desk-rs-leader2');
    clerkWang = await login(server.api, 'rs-staff', 'desk-rs-1');
    clerkMeng = await login(server.api, 'mz-staff', 'desk-mz-1');
    clerkLi = await login(server.api, 'rs-staff2', 'desk-rs-2');
    chiefZhao = await login(server.api, 'rs-chief', 'desk-rs-chief');
  });
  afterAll(() => server.close());

  const client = () => `client-${randomUUID()}`;
  const storedShift = async (id: string) => {
    const found = await server.database.query<{ fields: Record<string, unknown> }>(
      `SELECT fields FROM rows WHERE table_name = 'shifts' AND id = $1`,
      [id],
    );
    return found.rows[0]?.fields;
  };

  it('refuses a clerk opening a shift, and records nothing', async () => {
    const { id, fields } = openingShift({
      departmentId: rs,
      hallId: hall,
      day: isoDaySchema.parse('2026-11-20'),
      period: 'morning',
      leader: wang,
      staffOnDuty: [],
      now: at,
    });
    const reply = await push(server.api, clerkWang, client(), [mutation(1, 'shifts', id, fields)]);
    expect(reply.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await storedShift(id)).toBeUndefined();
  });

  it('refuses a second open shift for the same hall and period from another desk, and a second close', async () => {
    const mine = openingShift({
      departmentId: rs,
      hallId: hall,
      day,
      period: 'morning',
      leader: zhang,
      staffOnDuty: [wang],
      now: at,
    });
    const theirs = openingShift({
      departmentId: rs,
      hallId: hall,
      day,
      period: 'morning',
      leader: liu,
      staffOnDuty: [],
      now: new Date('2026-11-27T00:31:00.000Z'),
    });
    const zhangDesk = client();
    expect(
      (await push(server.api, leaderZhang, zhangDesk, [mutation(1, 'shifts', mine.id, mine.fields)])).body
        .results[0]!.status,
    ).toBe('applied');
    const second = await push(server.api, leaderLiu, client(), [
      mutation(1, 'shifts', theirs.id, theirs.fields),
    ]);
    expect(second.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(second.body.results[0]!.message).toContain('(rule shiftAlreadyOpen)');
    expect(await storedShift(mine.id)).toMatchObject({ dutyLeaderId: zhang.id, status: 'open' });

    const allDay = openingShift({
      departmentId: rs,
      hallId: hall,
      day,
      period: 'allDay',
      leader: liu,
      staffOnDuty: [],
      now: at,
    });
    const overlapping = await push(server.api, leaderLiu, client(), [
      mutation(1, 'shifts', allDay.id, allDay.fields),
    ]);
    expect(overlapping.body.results[0]!.message).toContain('(rule shiftOverlaps)');

    const noHandover = await push(server.api, leaderZhang, zhangDesk, [
      mutation(2, 'shifts', mine.id, closingShift(zhang, '', at), { baseVersion: 1 }),
    ]);
    expect(noHandover.body.results[0]!.message).toContain('(rule handoverRequired)');
    const close = closingShift(zhang, '窗口4人脸识别故障已报信息科', new Date('2026-11-27T04:00:00.000Z'));
    expect(
      (await push(server.api, leaderZhang, zhangDesk, [mutation(3, 'shifts', mine.id, close)])).body
        .results[0]!.status,
    ).toBe('applied');
    const closeAgain = closingShift(zhang, '再交一次', new Date('2026-11-27T04:05:00.000Z'));
    const again = await push(server.api, leaderZhang, zhangDesk, [
      mutation(4, 'shifts', mine.id, closeAgain),
    ]);
    expect(again.body.results[0]!.message).toContain('(rule shiftNotOpen)');
    expect(await storedShift(mine.id)).toMatchObject({ handoverNote: '窗口4人脸识别故障已报信息科' });

    const ack = await push(server.api, leaderLiu, client(), [
      mutation(1, 'shifts', mine.id, acknowledgingShift(liu, new Date('2026-11-27T05:00:00.000Z'))),
    ]);
    expect(ack.body.results[0]!.status).toBe('applied');
    expect(await storedShift(mine.id)).toMatchObject({ acknowledgedById: liu.id, status: 'closed' });
  });

  it('lets exactly one of two overlapping shifts opened at the same moment from two desks through', async () => {
    // Pushes run in parallel up to the version counter (docs/sync.md, "Push"); the overlap rule reads
    // the other shift's row, so each push locks the rows it reads: the second waits and sees the first.
    const rounds = 6;
    const outcomes = await Promise.all(
      Array.from({ length: rounds }, async (_, round) => {
        const raceHall = hallIdSchema.parse(`hall-race-${round}-${randomUUID().slice(0, 8)}`);
        const morning = openingShift({
          departmentId: rs,
          hallId: raceHall,
          day,
          period: 'morning',
          leader: zhang,
          staffOnDuty: [],
          now: at,
        });
        const allDay = openingShift({
          departmentId: rs,
          hallId: raceHall,
          day,
          period: 'allDay',
          leader: liu,
          staffOnDuty: [],
          now: at,
        });
        const replies = await Promise.all([
          push(server.api, leaderZhang, client(), [mutation(1, 'shifts', morning.id, morning.fields)]),
          push(server.api, leaderLiu, client(), [mutation(1, 'shifts', allDay.id, allDay.fields)]),
        ]);
        const open = await server.database.query<{ id: string }>(
          `SELECT id FROM rows WHERE table_name = 'shifts' AND fields->>'hallId' = $1 AND fields->>'status' = 'open'`,
          [raceHall],
        );
        return { statuses: replies.map((reply) => reply.body.results[0]!.status), open: open.rows.length };
      }),
    );
    for (const outcome of outcomes) {
      expect(outcome.statuses.sort()).toEqual(['applied', 'rejected']);
      expect(outcome.open).toBe(1);
    }
  });

  it("refuses an update to another department's note, a resolution without text and a deadline before the day raised", async () => {
    const noteId = bottleneckIdSchema.parse(`note-${randomUUID()}`);
    const note = newNote({
      departmentId: rs,
      hallId: hall,
      windowId: null,
      itemId: null,
      itemName: '工伤认定申请',
      caseId: null,
      certificateEntryId: null,
      shiftId: null,
      category: 'guideMismatch',
      description: '线上预审与纸质指南不一致',
      applicantsAffected: 2,
      severity: 'medium',
      ownerId: null,
      ownerName: null,
      deadline: null,
      by: wang,
      now: at,
    });
    const wangDesk = client();
    expect(
      (await push(server.api, clerkWang, wangDesk, [mutation(1, 'bottlenecks', noteId, note)])).body
        .results[0]!.status,
    ).toBe('applied');

    const foreign = noteUpdate({
      departmentId: mz,
      noteId,
      kind: 'comment',
      by: meng,
      now: at,
      text: '我们也遇到',
    });
    const refused = await push(server.api, clerkMeng, client(), [
      mutation(1, 'bottleneckUpdates', randomUUID(), foreign),
    ]);
    expect(refused.body.results[0]).toMatchObject({ status: 'rejected', reason: 'wrong_department' });

    const leaderDesk = client();
    const bare = noteUpdate({
      departmentId: rs,
      noteId,
      kind: 'status',
      status: 'resolved',
      by: zhang,
      now: at,
      text: '',
    });
    const early = noteUpdate({
      departmentId: rs,
      noteId,
      kind: 'deadline',
      by: zhang,
      now: at,
      deadline: isoDaySchema.parse('2026-11-01'),
    });
    const byClerk = noteUpdate({
      departmentId: rs,
      noteId,
      kind: 'status',
      status: 'escalated',
      by: wang,
      now: at,
      text: '上报',
    });
    const fine = noteUpdate({
      departmentId: rs,
      noteId,
      kind: 'comment',
      by: zhang,
      now: at,
      text: '已联系业务科室',
    });
    const results = (
      await push(server.api, leaderZhang, leaderDesk, [
        mutation(1, 'bottleneckUpdates', randomUUID(), bare),
        mutation(2, 'bottleneckUpdates', randomUUID(), early),
        mutation(3, 'bottleneckUpdates', randomUUID(), fine),
      ])
    ).body.results;
    expect(results.map((r) => r.message?.match(/\(rule (\w+)\)/)?.[1] ?? r.status)).toEqual([
      'resolutionRequired',
      'deadlineBeforeRaised',
      'applied',
    ]);
    const clerkEscalates = await push(server.api, clerkWang, wangDesk, [
      mutation(2, 'bottleneckUpdates', randomUUID(), byClerk),
    ]);
    expect(clerkEscalates.body.results[0]!.message).toContain('(rule leaderOnly)');

    const page = pullResponseSchema.parse((await pull(server.api, leaderZhang, 0)).body);
    const updates = page.rows.filter(
      (row) => row.table === 'bottleneckUpdates' && row.fields.noteId === noteId,
    );
    expect(updates.map((row) => row.fields.text)).toEqual(['已联系业务科室']);
  });

  it('keeps updates append-only: a second write to the same update row is refused', async () => {
    const noteId = bottleneckIdSchema.parse(`note-${randomUUID()}`);
    const note = newNote({
      departmentId: rs,
      hallId: hall,
      windowId: null,
      itemId: null,
      itemName: '',
      caseId: null,
      certificateEntryId: null,
      shiftId: null,
      category: 'waitingTime',
      description: '上午取号排队超过40分钟',
      applicantsAffected: 12,
      severity: 'high',
      ownerId: null,
      ownerName: null,
      deadline: null,
      by: zhang,
      now: at,
    });
    const desk = client();
    const updateId = randomUUID();
    const comment = noteUpdate({
      departmentId: rs,
      noteId,
      kind: 'comment',
      by: zhang,
      now: at,
      text: '加开一个综合窗口',
    });
    const results = (
      await push(server.api, leaderZhang, desk, [
        mutation(1, 'bottlenecks', noteId, note),
        mutation(2, 'bottleneckUpdates', updateId, comment),
        mutation(3, 'bottleneckUpdates', updateId, { text: '改写' }),
        mutation(4, 'bottlenecks', noteId, {}, { op: 'delete' }),
      ])
    ).body.results;
    expect(results.map((r) => r.message?.match(/\(rule (\w+)\)/)?.[1] ?? r.status)).toEqual([
      'applied',
      'applied',
      'updatesAppendOnly',
      'noDeletes',
    ]);
  });

  it('takes a note raised in a shift only from someone on that shift: its leader, its staff on duty, or a section chief', async () => {
    const shift = openingShift({
      departmentId: rs,
      hallId: hall,
      day: isoDaySchema.parse('2026-11-24'),
      period: 'afternoon',
      leader: zhang,
      staffOnDuty: [wang],
      now: at,
    });
    expect(
      (await push(server.api, leaderZhang, client(), [mutation(1, 'shifts', shift.id, shift.fields)])).body
        .results[0]!.status,
    ).toBe('applied');
    const raised = (by: typeof wang, shiftId: string | null = shift.id) =>
      newNote({
        departmentId: rs,
        hallId: hall,
        windowId: null,
        itemId: null,
        itemName: '',
        caseId: null,
        certificateEntryId: null,
        shiftId: shiftId as never,
        category: 'other',
        description: '叫号屏不显示窗口号',
        applicantsAffected: 4,
        severity: 'low',
        ownerId: null,
        ownerName: null,
        deadline: null,
        by,
        now: at,
      });
    const noteIds = [0, 1, 2, 3, 4, 5].map(() => bottleneckIdSchema.parse(`note-${randomUUID()}`));
    const statusOf = async (token: string, id: string, fields: Record<string, unknown>) => {
      const result = (await push(server.api, token, client(), [mutation(1, 'bottlenecks', id, fields)])).body
        .results[0]!;
      return result.message?.match(/\(rule (\w+)\)/)?.[1] ?? result.status;
    };
    expect(await statusOf(clerkWang, noteIds[0]!, raised(wang))).toBe('applied');
    expect(await statusOf(leaderZhang, noteIds[1]!, raised(zhang))).toBe('applied');
    expect(await statusOf(chiefZhao, noteIds[2]!, raised(zhao))).toBe('applied');
    // 李振华 is not on this shift's list, and 刘海燕 leads no part of it.
    expect(await statusOf(clerkLi, noteIds[3]!, raised(li))).toBe('notOnDuty');
    expect(await statusOf(leaderLiu, noteIds[4]!, raised(liu))).toBe('notOnDuty');
    // Outside any shift anyone of the department may still raise one: a bottleneck is never lost.
    expect(await statusOf(clerkLi, noteIds[5]!, raised(li, null))).toBe('applied');
    const elsewhere = { ...raised(wang), hallId: hallIdSchema.parse('hall-JN-RS-SBZX') };
    expect(await statusOf(clerkWang, `note-${randomUUID()}`, elsewhere)).toBe('noteShiftMismatch');
    const unknown = raised(wang, 'shift:hall-JN-RS-ZWDT:2026-11-24:morning');
    expect(await statusOf(clerkWang, `note-${randomUUID()}`, unknown)).toBe('noteShiftMismatch');
  });
});
