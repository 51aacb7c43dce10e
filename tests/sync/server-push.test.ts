import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { pullResponseSchema, pushResponseSchema } from '../../shared/sync/contract';
import { demoCatalog } from '../../shared/demo/catalog';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { caseFields, civilAffairs, hrss, login, mutation, pull, push } from './serverClient';

const newClient = () => `client-${randomUUID()}`;
const newId = () => randomUUID();

describe.each(testBackends())('push and pull on %s', (backend) => {
  let server: TestServer;
  let rsStaff: string;
  let rsStaffOtherDesk: string;
  let rsChief: string;
  let mzStaff: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    rsStaff = await login(server.api, 'rs-staff', 'desk-rs-1');
    rsStaffOtherDesk = await login(server.api, 'rs-staff2', 'desk-rs-2');
    rsChief = await login(server.api, 'rs-chief', 'desk-rs-chief');
    mzStaff = await login(server.api, 'mz-staff', 'desk-mz-1');
  });
  afterAll(() => server.close());

  const count = async (table: string) =>
    Number((await server.database.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  const pullAll = async (token: string) => {
    const rows = new Map<string, { version: number; deleted: boolean; fields: Record<string, unknown> }>();
    let since = 0;
    for (;;) {
      const reply = await pull(server.api, token, since, 7);
      const page = pullResponseSchema.parse(reply.body);
      for (const row of page.rows) rows.set(`${row.table}/${row.id}`, row);
      since = page.cursor;
      if (!page.hasMore) return { rows, cursor: since };
    }
  };

  it('applies new rows, answers duplicates for a resent batch and advances lastSeq', async () => {
    const client = newClient();
    const ids = [newId(), newId()];
    const batch = ids.map((id, index) => mutation(index + 1, 'cases', id, caseFields(hrss)));
    const first = await push(server.api, rsStaff, client, batch);
    expect(first.status).toBe(200);
    const body = pushResponseSchema.parse(first.body);
    expect(body.lastSeq).toBe(2);
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(body.results[1]!.version).toBeGreaterThan(body.results[0]!.version!);

    const again = await push(server.api, rsStaff, client, batch);
    expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.body.lastSeq).toBe(2);
    const rows = (await pullAll(rsStaff)).rows;
    expect(rows.get(`cases/${ids[0]}`)?.version).toBe(body.results[0]!.version);
  });

  it('tells a replay of the same mutation from another mutation at a counted seq (409 seq_reused)', async () => {
    const client = newClient();
    const first = mutation(1, 'cases', newId(), caseFields(hrss));
    expect((await push(server.api, rsStaff, client, [first])).body.results[0]!.status).toBe('applied');
    const rowsBefore = await count('rows');
    // The same desk after its database went back (or its copy on another PC) made a new case at seq 1.
    const other = mutation(1, 'cases', newId(), caseFields(hrss));
    const reused = await push(server.api, rsStaff, client, [other]);
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: 'seq_reused', lastSeq: 1 });
    expect(await count('rows')).toBe(rowsBefore);
    // Renumbered above the server's lastSeq it is applied; the true replay is still a duplicate.
    const renumbered = await push(server.api, rsStaff, client, [first, { ...other, seq: 2 }]);
    expect(renumbered.body.results.map((r) => r.status)).toEqual(['duplicate', 'applied']);
    expect(await count('rows')).toBe(rowsBefore + 1);
  });

  it('answers a mutation counted before, resent at a new seq, as a duplicate without applying it again', async () => {
    const client = newClient();
    const id = newId();
    const create = mutation(1, 'cases', id, caseFields(hrss));
    const rejected = mutation(2, 'cases', newId(), caseFields(civilAffairs));
    await push(server.api, rsStaff, client, [create, rejected]);
    const counter = async () =>
      Number(
        (await server.database.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1'))
          .rows[0]!.value,
      );
    const before = await counter();
    // A desk that lost both answers and renumbered them (seq_gap or seq_reused) sends them at 3 and 4.
    const again = await push(server.api, rsStaff, client, [
      { ...create, seq: 3 },
      { ...rejected, seq: 4 },
      mutation(5, 'cases', id, { applicantName: '李四' }),
    ]);
    expect(again.body.results.map((r) => [r.status, r.reason])).toEqual([
      ['duplicate', undefined],
      ['duplicate', 'wrong_department'],
      ['applied', undefined],
    ]);
    expect(again.body.lastSeq).toBe(5);
    expect(await counter()).toBe(before + 1);
  });

  it('applies again what a partial restore lost though its seqs were still recorded', async () => {
    // The client's lastSeq went back to 1 (its table restored alone) while the records of seqs 2 and 3
    // stayed: the server no longer has those mutations, so they must neither count as duplicates nor
    // block the seqs when the desk sends them again.
    const client = newClient();
    const [first, second, third] = [1, 2, 3].map((seq) => mutation(seq, 'cases', newId(), caseFields(hrss)));
    await push(server.api, rsStaff, client, [first!, second!, third!]);
    await server.database.query('UPDATE clients SET last_seq = 1 WHERE client_id = $1', [client]);
    await server.database.query("DELETE FROM rows WHERE table_name = 'cases' AND id = ANY($1::text[])", [
      [second!.rowId, third!.rowId],
    ]);

    const again = await push(server.api, rsStaff, client, [second!, third!]);
    expect(again.status).toBe(200);
    expect(again.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(again.body.lastSeq).toBe(3);
    const rows = (await pullAll(rsStaff)).rows;
    expect(rows.has(`cases/${second!.rowId}`)).toBe(true);
    expect(rows.has(`cases/${third!.rowId}`)).toBe(true);
    // Resent once more, both are now recognised.
    const replay = await push(server.api, rsStaff, client, [second!, third!]);
    expect(replay.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('processes mutations in seq order whatever order they arrive in', async () => {
    const client = newClient();
    const id = newId();
    const reply = await push(server.api, rsStaff, client, [
      mutation(2, 'cases', id, { status: 'inProgress' }),
      mutation(1, 'cases', id, caseFields(hrss)),
    ]);
    expect(reply.body.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
  });

  it('refuses a gap with 409 seq_gap and changes nothing, not even the mutations before the gap', async () => {
    const client = newClient();
    const before = await count('rows');
    const gapFirst = await push(server.api, rsStaff, client, [
      mutation(2, 'cases', newId(), caseFields(hrss)),
    ]);
    expect(gapFirst.status).toBe(409);
    expect(gapFirst.body).toMatchObject({ error: 'seq_gap', expectedSeq: 1, lastSeq: 0 });

    const ok = await push(server.api, rsStaff, client, [mutation(1, 'cases', newId(), caseFields(hrss))]);
    expect(ok.body.lastSeq).toBe(1);
    const afterFirst = await count('rows');
    const gapInside = await push(server.api, rsStaff, client, [
      mutation(2, 'cases', newId(), caseFields(hrss)),
      mutation(4, 'cases', newId(), caseFields(hrss)),
    ]);
    expect(gapInside.status).toBe(409);
    expect(gapInside.body).toMatchObject({ error: 'seq_gap', expectedSeq: 3, lastSeq: 1 });
    expect(await count('rows')).toBe(afterFirst);
    expect(afterFirst).toBe(before + 1);
    // The client resends from expectedSeq's batch start; seq 2 was never applied.
    const resend = await push(server.api, rsStaff, client, [mutation(2, 'cases', newId(), caseFields(hrss))]);
    expect(resend.body.results[0]!.status).toBe('applied');
  });

  it('rejects invalid mutations with a reason, records them, and still advances lastSeq', async () => {
    const client = newClient();
    const rejectionsBefore = await count('rejections');
    const id = newId();
    const sent = [
      mutation(1, 'cases', newId(), { ...caseFields(hrss), surprise: 1 }),
      mutation(2, 'cases', newId(), { applicantName: '只有姓名' }),
      mutation(3, 'nonsense', newId(), {}),
      { seq: 4, op: 'explode' },
      mutation(5, 'cases', id, caseFields(hrss)),
      mutation(6, 'cases', id, { applicantName: '' }),
      mutation(7, 'cases', newId(), {}, { op: 'delete' }),
    ];
    const reply = await push(server.api, rsStaff, client, sent);
    expect(reply.status).toBe(200);
    const body = pushResponseSchema.parse(reply.body);
    expect(body.lastSeq).toBe(7);
    expect(body.results.map((r) => r.reason ?? r.status)).toEqual([
      'invalid_fields',
      'invalid_fields',
      'unknown_table',
      'invalid_fields',
      'applied',
      'invalid_fields',
      'not_found',
    ]);
    expect(body.results[0]!.message).toMatch(/surprise/);
    expect(await count('rejections')).toBe(rejectionsBefore + 6);
    // Resent after a lost answer: still duplicates, and the rejected ones carry their reason again.
    const resent = await push(server.api, rsStaff, client, [sent[2], sent[4]]);
    expect(resent.body.results).toEqual([
      { seq: 3, status: 'duplicate', reason: 'unknown_table', message: body.results[2]!.message },
      { seq: 5, status: 'duplicate' },
    ]);
    const stored = await server.database.query<{ reason: string; seq: unknown }>(
      'SELECT reason, seq FROM rejections WHERE client_id = $1 ORDER BY seq',
      [client],
    );
    expect(stored.rows.map((row) => [Number(row.seq), row.reason])).toEqual([
      [1, 'invalid_fields'],
      [2, 'invalid_fields'],
      [3, 'unknown_table'],
      [4, 'invalid_fields'],
      [6, 'invalid_fields'],
      [7, 'not_found'],
    ]);
  });

  it('refuses the whole push of a client of another schema version and counts none of its seqs', async () => {
    const client = newClient();
    const rejectionsBefore = await count('rejections');
    for (const version of [2, 0]) {
      const response = await fetch(`${server.api}/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${rsStaff}` },
        body: JSON.stringify({
          clientId: client,
          schemaVersion: version,
          mutations: [mutation(1, 'cases', newId(), caseFields(hrss))],
        }),
      });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({
        error: 'schema_mismatch',
        serverSchemaVersion: 1,
        clientSchemaVersion: version,
      });
    }
    expect(await count('rejections')).toBe(rejectionsBefore);
    // Nothing was counted: after the update the same seq 1 is applied.
    const after = await push(server.api, rsStaff, client, [mutation(1, 'cases', newId(), caseFields(hrss))]);
    expect(after.body.results[0]!.status).toBe('applied');
  });

  it('merges partial updates field by field and tombstones deletes', async () => {
    const client = newClient();
    const id = newId();
    await push(server.api, rsStaff, client, [mutation(1, 'cases', id, caseFields(hrss))]);
    const update = await push(server.api, rsStaff, client, [
      mutation(2, 'cases', id, { status: 'inProgress', outcomeNote: '材料齐全' }),
    ]);
    expect(update.body.results[0]!.status).toBe('applied');
    let row = (await pullAll(rsStaff)).rows.get(`cases/${id}`)!;
    expect(row.fields).toMatchObject({
      status: 'inProgress',
      outcomeNote: '材料齐全',
      applicantName: '张三',
    });

    const deleted = await push(server.api, rsStaff, client, [mutation(3, 'cases', id, {}, { op: 'delete' })]);
    row = (await pullAll(rsStaff)).rows.get(`cases/${id}`)!;
    expect(row).toMatchObject({ deleted: true, version: deleted.body.results[0]!.version });
    const revive = await push(server.api, rsStaff, client, [
      mutation(4, 'cases', id, { status: 'started' }),
      mutation(5, 'cases', id, {}, { op: 'delete' }),
    ]);
    expect(revive.body.results.map((r) => r.reason ?? r.status)).toEqual(['not_found', 'applied']);
    expect(revive.body.results[1]!.version).toBe(row.version);
  });

  it('reports a conflict when another client changed the same field after baseVersion, and applies the write', async () => {
    const clientA = newClient();
    const clientB = newClient();
    const id = newId();
    const created = await push(server.api, rsStaff, clientA, [mutation(1, 'cases', id, caseFields(hrss))]);
    const base = created.body.results[0]!.version!;
    const conflictsBefore = await count('conflicts');

    const byB = await push(server.api, rsStaffOtherDesk, clientB, [
      mutation(1, 'cases', id, { status: 'inProgress', outcomeNote: 'B 的备注' }, { baseVersion: base }),
    ]);
    expect(byB.body.results[0]!.conflicts).toBeUndefined();

    const byA = await push(server.api, rsStaff, clientA, [
      mutation(
        2,
        'cases',
        id,
        { status: 'needsSupplement', applicantName: '张三丰', outcomeNote: 'B 的备注' },
        { baseVersion: base },
      ),
    ]);
    const result = byA.body.results[0]!;
    expect(result.status).toBe('applied');
    // outcomeNote was changed by B too, but to the value A writes: nothing is lost, no conflict.
    expect(result.conflicts).toEqual([{ field: 'status', theirValue: 'inProgress', theirBy: '李振华' }]);
    expect(await count('conflicts')).toBe(conflictsBefore + 1);
    const row = (await pullAll(rsStaff)).rows.get(`cases/${id}`)!;
    expect(row.fields).toMatchObject({ status: 'needsSupplement', applicantName: '张三丰' });

    // A's own earlier change is never a conflict for A, whatever its baseVersion.
    const own = await push(server.api, rsStaff, clientA, [
      mutation(3, 'cases', id, { status: 'inProgress' }, { baseVersion: base }),
    ]);
    expect(own.body.results[0]!.conflicts).toBeUndefined();
  });

  it('binds a clientId to the device that first pushed it', async () => {
    const client = newClient();
    expect(
      (await push(server.api, rsStaff, client, [mutation(1, 'cases', newId(), caseFields(hrss))])).status,
    ).toBe(200);
    const sameStaffOtherDevice = await login(server.api, 'rs-staff', 'desk-somewhere-else');
    const stolen = await push(server.api, sameStaffOtherDevice, client, [
      mutation(2, 'cases', newId(), caseFields(hrss)),
    ]);
    expect(stolen.status).toBe(403);
    expect(stolen.body).toMatchObject({ error: 'client_device_mismatch' });
    // Another person logging in on the same desk keeps using the desk's clientId.
    const colleague = await login(server.api, 'rs-leader', 'desk-rs-1');
    expect(
      (await push(server.api, colleague, client, [mutation(2, 'cases', newId(), caseFields(hrss))])).status,
    ).toBe(200);
  });

  it('refuses more than 500 mutations with 413', async () => {
    const batch = Array.from({ length: 501 }, (_, index) =>
      mutation(index + 1, 'cases', newId(), caseFields(hrss)),
    );
    const reply = await push(server.api, rsStaff, newClient(), batch);
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ error: 'too_many_mutations' });
    const ok = await push(server.api, rsStaff, newClient(), batch.slice(0, 500));
    expect(ok.status).toBe(200);
    expect(ok.body.results.every((r) => r.status === 'applied')).toBe(true);
  });

  it('enforces write roles and departments', async () => {
    const item = demoCatalog.find((entry) => entry.departmentId === hrss)!;
    const { id: itemId, ...itemFieldsRest } = item;
    const mzCase = newId();
    await push(server.api, mzStaff, newClient(), [mutation(1, 'cases', mzCase, caseFields(civilAffairs))]);
    const ownCase = newId();
    const reply = await push(server.api, rsStaff, newClient(), [
      mutation(1, 'items', itemId, { name: '改名' }),
      mutation(2, 'items', 'item-new-by-staff', { ...itemFieldsRest, code: 'NEW-1' }),
      mutation(3, 'cases', newId(), caseFields(civilAffairs)),
      mutation(4, 'cases', mzCase, { status: 'inProgress' }),
      mutation(5, 'cases', mzCase, {}, { op: 'delete' }),
      mutation(6, 'cases', ownCase, caseFields(hrss)),
      mutation(7, 'cases', ownCase, { departmentId: civilAffairs }),
    ]);
    expect(reply.body.results.map((r) => r.reason ?? r.status)).toEqual([
      'forbidden',
      'forbidden',
      'wrong_department',
      'wrong_department',
      'wrong_department',
      'applied',
      'wrong_department',
    ]);
  });

  it('lets a supervisor publish own-department and city-wide items, and nobody else write city-wide rows', async () => {
    const { id: _id, ...fields } = demoCatalog.find((entry) => entry.departmentId === hrss)!;
    const cityWide = { ...fields, code: 'CITY-001', departmentId: null };
    const chief = await push(server.api, rsChief, newClient(), [
      mutation(1, 'items', 'item-CITY-001', cityWide),
      mutation(2, 'items', 'item-RS-NEW-1', { ...fields, code: 'RS-NEW-1' }),
      mutation(3, 'items', 'item-MZ-NEW-1', { ...fields, code: 'MZ-NEW-1', departmentId: civilAffairs }),
      mutation(4, 'cases', newId(), caseFields(null as never)),
    ]);
    expect(chief.body.results.map((r) => r.reason ?? r.status)).toEqual([
      'applied',
      'applied',
      'wrong_department',
      'invalid_fields',
    ]);
    const mzChief = await login(server.api, 'mz-chief', 'desk-mz-chief');
    const edit = await push(server.api, mzChief, newClient(), [
      mutation(1, 'items', 'item-CITY-001', { summary: '全市通用' }),
    ]);
    expect(edit.body.results[0]!.status).toBe('applied');
    const leader = await login(server.api, 'mz-leader', 'desk-mz-leader');
    const byLeader = await push(server.api, leader, newClient(), [
      mutation(1, 'items', 'item-CITY-001', { summary: 'x' }),
    ]);
    expect(byLeader.body.results[0]!.reason).toBe('forbidden');
  });

  it('pulls only readable rows: own department plus city-wide catalog rows', async () => {
    const mzCase = newId();
    await push(server.api, mzStaff, newClient(), [mutation(1, 'cases', mzCase, caseFields(civilAffairs))]);
    const mz = await pullAll(mzStaff);
    const rs = await pullAll(rsStaff);
    const departmentsOf = (rows: typeof mz.rows) =>
      new Set([...rows.values()].map((row) => (row.fields.departmentId as string | null) ?? 'city-wide'));
    expect(departmentsOf(mz.rows)).toEqual(new Set([civilAffairs, 'city-wide']));
    expect(departmentsOf(rs.rows)).toEqual(new Set([hrss, 'city-wide']));
    expect(mz.rows.has(`cases/${mzCase}`)).toBe(true);
    expect(rs.rows.has(`cases/${mzCase}`)).toBe(false);
    expect(mz.rows.get('items/item-CITY-001')?.fields.summary).toBe('全市通用');
    expect(
      [...mz.rows.values()].filter((row) => row.fields.code && !row.deleted).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('pages by version and ends on the high-water mark, skipping versions the caller cannot read', async () => {
    // The newest rows belong to hrss: a civil-affairs reader's last page must still move past them.
    await push(server.api, rsStaff, newClient(), [mutation(1, 'cases', newId(), caseFields(hrss))]);
    const high = Number(
      (await server.database.query<{ value: unknown }>('SELECT value FROM version_counter')).rows[0]!.value,
    );
    const { cursor } = await pullAll(mzStaff);
    expect(cursor).toBe(high);
    const after = pullResponseSchema.parse((await pull(server.api, mzStaff, cursor)).body);
    expect(after).toMatchObject({ rows: [], hasMore: false, cursor: high });

    const page = pullResponseSchema.parse((await pull(server.api, rsStaff, 0, 3)).body);
    expect(page.rows.map((row) => row.version)).toEqual(
      [...page.rows.map((row) => row.version)].sort((a, b) => a - b),
    );
    expect(page).toMatchObject({ hasMore: true, cursor: page.rows[2]!.version });
    const next = pullResponseSchema.parse((await pull(server.api, rsStaff, page.cursor, 3)).body);
    expect(next.rows[0]!.version).toBeGreaterThan(page.cursor);
  });
});
