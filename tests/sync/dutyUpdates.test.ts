import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { mutate } from '../../renderer/db/mutate';
import { addStaff } from '../../server/admin';
import { newNote, noteUpdate } from '../../shared/duty/builders';
import { deriveNoteState } from '../../shared/duty/noteState';
import type { Role } from '../../shared/domain/organization';
import {
  bottleneckIdSchema,
  departmentIdSchema,
  hallIdSchema,
  staffIdSchema,
  type BottleneckId,
} from '../../shared/ids';
import { addTestDepartment, startTestServer, testPassword, type TestServer } from './testServer';
import { openTestClient, type TestClient } from './testClient';

/**
 * Bottleneck notes are multi-writer: two desks add to the same note while offline, and both updates
 * survive (append-only rows, not fields of the note) and every desk derives the same state.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(0);
});
afterAll(() => server.close());

const person = (desk: TestClient, name: string) => ({ id: staffIdSchema.parse(desk.staffId), name });
const writer = (desk: TestClient, departmentId: string, roles: Role[]) => ({
  staffId: desk.staffId,
  roles,
  departmentId,
});

const noteView = async (desk: TestClient, noteId: BottleneckId) => {
  const note = (await desk.db.bottlenecks.get(noteId))!;
  const updates = await desk.db.bottleneckUpdates.where('noteId').equals(noteId).toArray();
  return {
    texts: updates.map((u) => u.text).sort(),
    state: deriveNoteState(note, updates),
  };
};

describe('two desks add updates to one note offline', () => {
  it('keeps both updates and converges on one derived state', { timeout: 60_000 }, async () => {
    const { departmentId, usernames } = await addTestDepartment(server.database(), 1);
    const code = (
      await server
        .database()
        .query<{ code: string }>('SELECT code FROM departments WHERE id = $1', [departmentId])
    ).rows[0]!.code;
    const leaderName = `leader-${code}`;
    await addStaff(server.database(), {
      username: leaderName,
      password: testPassword,
      name: '带班领导',
      roles: ['leader'],
      departmentCode: code,
    });
    const clerk = await openTestClient({
      serverUrl: server.url(),
      username: usernames[0]!,
      password: testPassword,
    });
    const leader = await openTestClient({
      serverUrl: server.url(),
      username: leaderName,
      password: testPassword,
    });
    const dept = departmentIdSchema.parse(departmentId);
    const noteId = bottleneckIdSchema.parse(uuidv7());
    await mutate(clerk.db, {
      table: 'bottlenecks',
      rowId: noteId,
      op: 'upsert',
      by: clerk.staffId,
      now: clerk.now(),
      writer: writer(clerk, departmentId, ['staff']),
      fields: newNote({
        departmentId: dept,
        hallId: hallIdSchema.parse('hall-test'),
        windowId: null,
        itemId: null,
        itemName: '城乡最低生活保障申请',
        caseId: null,
        certificateEntryId: null,
        shiftId: null,
        category: 'materials',
        description: '低保申请授权书填写说明不清',
        applicantsAffected: 4,
        severity: 'medium',
        ownerId: null,
        ownerName: null,
        deadline: null,
        by: person(clerk, '窗口1'),
        now: clerk.now(),
      }),
    });
    await clerk.engine.sync();
    await leader.engine.sync();
    expect(await leader.db.bottlenecks.get(noteId)).toBeDefined();

    // Both offline now: each adds to the note without seeing the other.
    await mutate(clerk.db, {
      table: 'bottleneckUpdates',
      rowId: uuidv7(),
      op: 'upsert',
      by: clerk.staffId,
      now: clerk.now(),
      writer: writer(clerk, departmentId, ['staff']),
      fields: noteUpdate({
        departmentId: dept,
        noteId,
        kind: 'comment',
        by: person(clerk, '窗口1'),
        now: clerk.now(),
        text: '又有两位群众看不懂授权书',
      }),
    });
    await mutate(leader.db, {
      table: 'bottleneckUpdates',
      rowId: uuidv7(),
      op: 'upsert',
      by: leader.staffId,
      now: leader.now(),
      writer: writer(leader, departmentId, ['leader']),
      fields: noteUpdate({
        departmentId: dept,
        noteId,
        kind: 'assign',
        by: person(leader, '带班领导'),
        now: leader.now(),
        owner: person(leader, '带班领导'),
      }),
    });
    await mutate(leader.db, {
      table: 'bottleneckUpdates',
      rowId: uuidv7(),
      op: 'upsert',
      by: leader.staffId,
      now: leader.now(),
      writer: writer(leader, departmentId, ['leader']),
      fields: noteUpdate({
        departmentId: dept,
        noteId,
        kind: 'status',
        status: 'inProgress',
        by: person(leader, '带班领导'),
        now: leader.now(),
      }),
    });

    for (let round = 0; round < 2; round += 1) {
      await clerk.engine.sync();
      await leader.engine.sync();
    }
    const seenByClerk = await noteView(clerk, noteId);
    const seenByLeader = await noteView(leader, noteId);
    expect(seenByClerk.texts).toEqual(['', '', '又有两位群众看不懂授权书']);
    expect(seenByLeader).toEqual(seenByClerk);
    expect(seenByClerk.state).toMatchObject({ status: 'inProgress', ownerName: '带班领导', updateCount: 3 });
    expect(await clerk.db.outbox.count()).toBe(0);
    expect(await leader.db.outbox.count()).toBe(0);
    await clerk.close();
    await leader.close();
  });
});
