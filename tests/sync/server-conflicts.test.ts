import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { pullResponseSchema, type PulledConflict } from '../../shared/sync/contract';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { caseFields, civilAffairs, hrss, login, mutation, pull, push } from './serverClient';

const newClient = () => `client-${randomUUID()}`;

/** The overwritten side of a conflict learns of it on pull (docs/sync.md, "Conflicts"). */
describe.each(testBackends())('conflicts delivered to the overwritten client on %s', (backend) => {
  let server: TestServer;
  let deskA: string;
  let deskB: string;
  let mzDesk: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    deskA = await login(server.api, 'rs-staff', 'desk-conflict-a');
    deskB = await login(server.api, 'rs-staff2', 'desk-conflict-b');
    mzDesk = await login(server.api, 'mz-staff', 'desk-conflict-mz');
  });
  afterAll(() => server.close());

  /** Every conflict handed to `clientId` from `since` on, paging by the returned cursor. */
  const pullConflicts = async (token: string, clientId: string | undefined, since: number, limit = 1000) => {
    const conflicts: PulledConflict[] = [];
    let cursor = since;
    for (;;) {
      const reply = await pull(server.api, token, cursor, limit, clientId);
      expect(reply.status).toBe(200);
      const page = pullResponseSchema.parse(reply.body);
      if (clientId === undefined) expect(page.conflicts).toBeUndefined();
      conflicts.push(...(page.conflicts ?? []));
      cursor = page.cursor;
      if (!page.hasMore) return { conflicts, cursor };
    }
  };

  /** A creates a case, then B and A both edit its note from the same base; A's push wins. */
  const overwrite = async () => {
    const clientA = newClient();
    const clientB = newClient();
    const id = randomUUID();
    const created = await push(server.api, deskA, clientA, [mutation(1, 'cases', id, caseFields(hrss))]);
    const base = created.body.results[0]!.version!;
    const before = (await pullConflicts(deskA, undefined, 0)).cursor;
    await push(server.api, deskB, clientB, [
      mutation(1, 'cases', id, { outcomeNote: '材料齐全，当场办结' }, { baseVersion: base }),
    ]);
    const byA = await push(server.api, deskA, clientA, [
      mutation(2, 'cases', id, { outcomeNote: '已转市社保中心' }, { baseVersion: base }),
    ]);
    return { clientA, clientB, id, before, winning: byA.body.results[0]! };
  };

  it('tells B that its value was replaced by A, once per cursor range, and tells nobody else', async () => {
    const { clientA, clientB, id, before, winning } = await overwrite();
    expect(winning.conflicts).toEqual([
      { field: 'outcomeNote', theirValue: '材料齐全，当场办结', theirBy: '李振华' },
    ]);

    const toB = await pullConflicts(deskB, clientB, before);
    expect(toB.conflicts).toMatchObject([
      {
        table: 'cases',
        rowId: id,
        field: 'outcomeNote',
        theirValue: '已转市社保中心',
        theirBy: '王晓燕',
        yourValue: '材料齐全，当场办结',
        version: winning.version,
      },
    ]);
    expect(toB.conflicts[0]!.id).toBeGreaterThan(0);
    // A replayed pull (its answer lost) gets the same conflict again; the next cursor gets none.
    expect((await pullConflicts(deskB, clientB, before)).conflicts).toEqual(toB.conflicts);
    expect((await pullConflicts(deskB, clientB, toB.cursor)).conflicts).toEqual([]);
    // Paging one row at a time still hands it out exactly once.
    expect((await pullConflicts(deskB, clientB, before, 1)).conflicts).toEqual(toB.conflicts);
    // The winner already heard at push time; it is not told again, nor is any other client.
    expect((await pullConflicts(deskA, clientA, before)).conflicts).toEqual([]);
    expect((await pullConflicts(deskB, newClient(), before)).conflicts).toEqual([]);
  });

  it('tells the deleter of an edit refused over its delete, on a version of its own, and only the deleter', async () => {
    const clientA = newClient();
    const clientB = newClient();
    const id = randomUUID();
    const created = await push(server.api, deskA, clientA, [
      mutation(1, 'cases', id, caseFields(hrss, { applicantName: '张三' })),
    ]);
    const base = created.body.results[0]!.version!;
    const deleted = await push(server.api, deskB, clientB, [
      mutation(1, 'cases', id, {}, { op: 'delete', baseVersion: base }),
    ]);
    const afterDelete = (await pullConflicts(deskB, clientB, 0)).cursor;
    const edited = await push(server.api, deskA, clientA, [
      mutation(2, 'cases', id, { applicantName: '张三丰', outcomeNote: '' }, { baseVersion: base }),
    ]);
    expect(edited.body.results[0]).toMatchObject({ status: 'rejected', reason: 'not_found' });
    // B hears it at its next pull, although the row did not change and B's cursor is past the delete.
    const told = await pullConflicts(deskB, clientB, afterDelete);
    expect(told.conflicts).toEqual([
      expect.objectContaining({
        rowId: id,
        field: 'applicantName',
        theirValue: '张三丰',
        yourValue: '张三',
        editRefused: true,
      }),
    ]);
    expect(told.conflicts[0]!.version).toBe(afterDelete + 1);
    expect(told.conflicts[0]!.version).toBeGreaterThan(deleted.body.results[0]!.version!);
    // The editor has its rejection; it is not sent a note, nor is anyone else.
    expect((await pullConflicts(deskA, clientA, 0)).conflicts).toEqual([]);
    // A replay of the refused edit (its answer lost) is a duplicate and tells the deleter nothing new.
    await push(server.api, deskA, clientA, [
      mutation(2, 'cases', id, { applicantName: '张三丰' }, { baseVersion: base }),
    ]);
    expect((await pullConflicts(deskB, clientB, told.cursor)).conflicts).toEqual([]);
  });

  it('never hands a client’s conflicts to a token of another device', async () => {
    const { clientB, before } = await overwrite();
    const sameStaffElsewhere = await login(server.api, 'rs-staff2', 'desk-somewhere-else');
    const stolen = await pull(server.api, sameStaffElsewhere, before, 1000, clientB);
    expect(stolen.status).toBe(403);
    expect(stolen.body).toMatchObject({ error: 'client_device_mismatch' });
    const otherDepartment = await pull(server.api, mzDesk, before, 1000, clientB);
    expect(otherDepartment.status).toBe(403);
  });

  it('refuses a malformed clientId with 400', async () => {
    expect((await pull(server.api, deskA, 0, 10, 'x'.repeat(81))).status).toBe(400);
    expect((await pull(server.api, deskA, 0, 10, 'a\u0000b')).status).toBe(400);
  });

  it('sends only conflicts on rows the caller may read', async () => {
    const clientMz = newClient();
    const id = randomUUID();
    const created = await push(server.api, mzDesk, clientMz, [
      mutation(1, 'cases', id, caseFields(civilAffairs)),
    ]);
    const base = created.body.results[0]!.version!;
    const before = base - 1;
    await push(server.api, mzDesk, clientMz, [
      mutation(2, 'cases', id, { outcomeNote: '缺户口簿' }, { baseVersion: base }),
    ]);
    const mzColleague = await login(server.api, 'mz-staff2', 'desk-conflict-mz2');
    await push(server.api, mzColleague, newClient(), [
      mutation(1, 'cases', id, { outcomeNote: '已电话通知' }, { baseVersion: base }),
    ]);
    expect((await pullConflicts(mzDesk, clientMz, before)).conflicts).toMatchObject([
      { rowId: id, theirBy: '陈磊', yourValue: '缺户口簿' },
    ]);
    // A clerk of another department signing in on the same desk shares its clientId but not its rows.
    const rsOnMzDesk = await login(server.api, 'rs-staff', 'desk-conflict-mz');
    expect((await pullConflicts(rsOnMzDesk, clientMz, before)).conflicts).toEqual([]);
  });
  it('caps the conflicts of a page at its limit and hands each out once over the pages', async () => {
    const clientA = newClient();
    const clientB = newClient();
    const ids = Array.from({ length: 5 }, () => randomUUID());
    let seqA = 0;
    let seqB = 0;
    const bases: number[] = [];
    for (const id of ids) {
      const created = await push(server.api, deskA, clientA, [
        mutation((seqA += 1), 'cases', id, caseFields(hrss)),
      ]);
      bases.push(created.body.results[0]!.version!);
    }
    const before = bases[0]! - 1;
    for (const [index, id] of ids.entries()) {
      await push(server.api, deskB, clientB, [
        mutation((seqB += 1), 'cases', id, { outcomeNote: 'B' }, { baseVersion: bases[index] }),
      ]);
      await push(server.api, deskA, clientA, [
        mutation((seqA += 1), 'cases', id, { outcomeNote: 'A' }, { baseVersion: bases[index] }),
      ]);
    }
    // Each row moves on again, so the versions the conflicts name are in no page's rows: only the cap
    // keeps a page from carrying every conflict since `before`.
    for (const id of ids) {
      await push(server.api, deskA, clientA, [mutation((seqA += 1), 'cases', id, { outcomeNote: 'A2' })]);
    }
    const pages: number[] = [];
    const delivered: PulledConflict[] = [];
    let cursor = before;
    for (let guard = 0; guard < 50; guard += 1) {
      const page = pullResponseSchema.parse((await pull(server.api, deskB, cursor, 2, clientB)).body);
      pages.push(page.conflicts?.length ?? 0);
      delivered.push(...(page.conflicts ?? []));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(Math.max(...pages)).toBeLessThanOrEqual(2);
    expect(delivered.map((conflict) => conflict.rowId).sort()).toEqual([...ids].sort());
    expect(new Set(delivered.map((conflict) => conflict.id)).size).toBe(5);
  });
});
