import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { serverCases, startTestServer, type TestServer } from './testServer';
import { createCase, deleteCase, editCase, localCases, type TestClient } from './testClient';
import { conflictsOf, rejectionsOf } from '../../renderer/sync/stores';
import { getMeta, setMeta } from '../../renderer/db/meta';
import { RuleViolationError } from '../../renderer/db/mutate';
import { toIsoInstant } from '../../shared/time';
import type { CaseCorrection } from '../../shared/domain/case';
import { staffIdSchema } from '../../shared/ids';
import { openDepartmentDesks, syncEveryDesk } from './departmentDesks';

/**
 * Issue 6, item 8, through the real desks: a case's outcome moves as one group and along the state
 * machine only, a rating is the applicant's and stays as given, and a lost edit is heard of.
 */
let server: TestServer;
const open: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer(0);
});
afterAll(async () => {
  await Promise.all(open.map((desk) => desk.close()));
  await server.close();
});

const desksOf = (staff: number, leaders = 0) => openDepartmentDesks(server, open, staff, leaders);

const expectConverged = async (desks: readonly TestClient[], departmentId: string) => {
  const expected = await serverCases(server, departmentId);
  for (const desk of desks) {
    expect(await desk.db.outbox.count()).toBe(0);
    const mine = (await localCases(desk)).filter((row) => row.fields.departmentId === departmentId);
    expect(mine).toEqual(expected);
  }
};

const finishedAt = () => toIsoInstant(new Date());
const notice = { number: '20261127-000001', issuedAt: finishedAt(), missingMaterialIds: ['m1'] };

describe('case state across desks', () => {
  it('two desks finish one case from the same version: the later is refused and shown, one outcome stands', async () => {
    const { departmentId, desks } = await desksOf(2);
    const [a, b] = desks as [TestClient, TestClient];
    const id = await createCase(a, departmentId, '同时办结');
    await syncEveryDesk(desks);
    await editCase(a, id, {
      status: 'completedInOneVisit',
      finishedAt: finishedAt(),
      outcomeNote: '当场办结',
    });
    await editCase(b, id, {
      status: 'needsSupplement',
      finishedAt: finishedAt(),
      outcomeNote: '缺户口簿',
      supplementNotice: notice,
    });
    await syncEveryDesk(desks);
    const refused = await rejectionsOf(b.db).toArray();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ rowId: id, reason: 'forbidden' });
    expect(refused[0]!.message).toMatch(/\(rule caseAlreadyFinished\)$/);
    // What B typed is kept in the rejection; the case shows the outcome that stands.
    expect(refused[0]!.mutation.fields).toMatchObject({
      status: 'needsSupplement',
      supplementNotice: notice,
    });
    const [row] = (await serverCases(server, departmentId)).filter((each) => each.id === id);
    expect(row?.fields).toMatchObject({
      status: 'completedInOneVisit',
      supplementNotice: null,
      outcomeNote: '当场办结',
    });
    await expectConverged(desks, departmentId);
  });

  it('a leader’s correction takes the whole outcome, on the record: never a status from one desk and a notice from another', async () => {
    const { departmentId, desks } = await desksOf(1, 1);
    const [clerk, leader] = desks as [TestClient, TestClient];
    const id = await createCase(clerk, departmentId, '更正结果');
    await syncEveryDesk(desks);
    await editCase(clerk, id, {
      status: 'needsSupplement',
      finishedAt: finishedAt(),
      outcomeNote: '缺户口簿',
      supplementNotice: notice,
    });
    await syncEveryDesk(desks);
    // The clerk adds to the note; the leader, who has not seen that yet, corrects the outcome (更正办理
    // 结果, kept on the record with the reason).
    await editCase(clerk, id, { outcomeNote: '缺户口簿，已电话告知' });
    const correction: CaseCorrection = {
      at: finishedAt(),
      byId: staffIdSchema.parse(leader.staffId),
      byName: '带班领导',
      from: 'needsSupplement',
      to: 'transferred',
      reason: '属医保事项，应转区医保局',
    };
    await editCase(leader, id, {
      status: 'transferred',
      transferredTo: '区医保局',
      supplementNotice: null,
      corrections: [correction],
    });
    await syncEveryDesk([clerk, leader, clerk]);
    const [row] = (await serverCases(server, departmentId)).filter((each) => each.id === id);
    expect(row?.fields).toMatchObject({
      status: 'transferred',
      transferredTo: '区医保局',
      supplementNotice: null,
      outcomeNote: '缺户口簿',
      corrections: [correction],
    });
    // The clerk hears that its outcome was replaced, the notice and its newer note included.
    const heard = (await conflictsOf(clerk.db).toArray()).filter((note) => note.overwritten);
    expect(heard.map((note) => note.field).sort()).toEqual(
      ['outcomeNote', 'status', 'supplementNotice', 'transferredTo'].sort(),
    );
    await expectConverged(desks, departmentId);
  });

  it('a delete over an edit made meanwhile is heard on both sides: the deleter at push, the editor at pull', async () => {
    const { departmentId, desks } = await desksOf(2);
    const [editor, deleter] = desks as [TestClient, TestClient];
    const id = await createCase(editor, departmentId, '删除与修改');
    await syncEveryDesk(desks);
    await editCase(editor, id, { applicantName: '删除与修改（更正）' });
    await syncEveryDesk([editor]);
    // The other desk had not pulled the edit and deletes the case.
    await deleteCase(deleter, id);
    await syncEveryDesk([deleter, editor]);
    expect(await conflictsOf(deleter.db).toArray()).toMatchObject([
      { rowId: id, field: 'applicantName', theirValue: '删除与修改（更正）', deleted: true },
    ]);
    expect(await conflictsOf(editor.db).toArray()).toMatchObject([
      { rowId: id, field: 'applicantName', mine: '删除与修改（更正）', overwritten: true, deleted: true },
    ]);
    await expectConverged(desks, departmentId);
  });

  it('an edit over a delete made meanwhile is heard on both sides: refused on the editor’s desk, told to the deleter at pull', async () => {
    const { departmentId, desks } = await desksOf(2);
    const [editor, deleter] = desks as [TestClient, TestClient];
    const id = await createCase(editor, departmentId, '先删后改');
    await syncEveryDesk(desks);
    await deleteCase(deleter, id);
    await syncEveryDesk([deleter]);
    await editCase(editor, id, { applicantName: '先删后改（更正）', outcomeNote: '补充说明' });
    await syncEveryDesk([editor, deleter]);
    expect(await rejectionsOf(editor.db).toArray()).toMatchObject([{ rowId: id, reason: 'not_found' }]);
    // The deleter hears who tried to change what, once, worded as an edit that came after its delete.
    const told = await conflictsOf(deleter.db).toArray();
    expect(told.map((note) => note.field).sort()).toEqual(['applicantName', 'outcomeNote']);
    expect(told.find((note) => note.field === 'applicantName')).toMatchObject({
      rowId: id,
      overwritten: true,
      editRefused: true,
      theirValue: '先删后改（更正）',
      theirBy: '窗口1',
      mine: '先删后改',
    });
    // The editor is told through its rejection, not a second note.
    expect(await conflictsOf(editor.db).count()).toBe(0);
    await syncEveryDesk(desks);
    expect(await conflictsOf(deleter.db).count()).toBe(2);
    await expectConverged(desks, departmentId);
  });

  it('a rating stays as the applicant gave it: the desk refuses a change, and the server refuses a desk that skips the check', async () => {
    const { departmentId, desks } = await desksOf(1);
    const desk = desks[0]!;
    const id = await createCase(desk, departmentId, '差评');
    await editCase(desk, id, { status: 'completedInOneVisit', finishedAt: finishedAt() });
    await editCase(desk, id, { rating: { level: 1, comment: '态度差' } });
    await syncEveryDesk([desk]);
    await expect(editCase(desk, id, { rating: { level: 5, comment: '' } })).rejects.toBeInstanceOf(
      RuleViolationError,
    );
    // A tampered build writes the outbox directly.
    const seq = ((await getMeta(desk.db, 'lastSeq')) ?? 0) + 1;
    const version = (await desk.db.cases.get(id as never))!.version;
    await desk.db.outbox.add({
      seq,
      mutationId: uuidv7(),
      table: 'cases',
      op: 'upsert',
      rowId: id,
      fields: { rating: { level: 5, comment: '' } },
      baseVersion: version,
      at: finishedAt(),
      author: desk.staffId,
    });
    await setMeta(desk.db, 'lastSeq', seq);
    await syncEveryDesk([desk]);
    expect((await rejectionsOf(desk.db).toArray()).map((each) => each.message)).toEqual([
      expect.stringMatching(/\(rule ratingFixed\)$/),
    ]);
    const [row] = (await serverCases(server, departmentId)).filter((each) => each.id === id);
    expect(row?.fields.rating).toEqual({ level: 1, comment: '态度差' });
    await expectConverged([desk], departmentId);
  });
});
