import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { certificateEntryIdSchema, certificateListIdSchema } from '../../shared/certificates/model';
import { draftRows } from '../../shared/certificates/versions';
import { demoCertificateLists, demoListsPublishedAt } from '../../shared/demo/certificateLists';
import { departmentIdSchema, type DepartmentId } from '../../shared/ids';
import { isoDaySchema } from '../../shared/time';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { civilAffairs, hrss, login, mutation, pull, push } from './serverClient';

/**
 * The certificate lists tell every window what it may no longer ask for, so only a supervisor writes
 * them, and only for their own department (or the city): a clerk's or a duty leader's desk — an old
 * build, a tampered one — that pushes a list, an entry, or a publication is refused by the server and
 * nothing changes; a supervisor of one bureau cannot touch another bureau's lists.
 */
const rs = departmentIdSchema.parse(hrss);
const mz = departmentIdSchema.parse(civilAffairs);
const demo = demoCertificateLists(demoListsPublishedAt);
const demoList = (departmentId: DepartmentId, kind: 'kept' | 'dropped') =>
  demo.find((rows) => rows.list.fields.departmentId === departmentId && rows.list.fields.kind === kind)!;

/** A one-entry draft as the desk's import screen would push it. */
const draft = (departmentId: DepartmentId | null) => {
  const listId = certificateListIdSchema.parse(`certlist-test-${randomUUID()}`);
  const rows = draftRows({
    listId,
    entryIds: [certificateEntryIdSchema.parse(`${listId}-1`)],
    departmentId,
    kind: 'dropped',
    title: '测试取消清单',
    documentNumber: '济人社字〔2026〕9号',
    effectiveDate: isoDaySchema.parse('2026-12-01'),
    source: 'test.xlsx',
    entries: [
      {
        serial: '1',
        name: '无犯罪记录证明',
        purpose: '',
        basis: '',
        basisText: '',
        requestingUnit: '',
        issuer: '公安派出所',
        level: 'city',
        itemType: '公共服务',
        keptReason: '',
        replacementText: '申请人书面承诺',
        method: 'commitment',
        verificationMethod: 'written',
        falseCommitmentConsequence: '',
        extra: {},
      },
    ],
    series: [],
  });
  return { listId, list: rows.list, entry: rows.entries[0]! };
};

describe.each(testBackends())('certificate lists on the server (%s)', (backend) => {
  let server: TestServer;
  let rsClerk: string;
  let rsLeader: string;
  let rsChief: string;
  let mzClerk: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    rsClerk = await login(server.api, 'rs-staff', 'desk-rs-1');
    rsLeader = await login(server.api, 'rs-leader', 'desk-rs-leader');
    rsChief = await login(server.api, 'rs-chief', 'desk-rs-chief');
    mzClerk = await login(server.api, 'mz-staff', 'desk-mz-1');
  });
  afterAll(() => server.close());

  const client = () => `client-${randomUUID()}`;
  const stored = async (table: string, id: string) => {
    const found = await server.database.query<{ fields: Record<string, unknown>; version: number }>(
      `SELECT fields, version FROM rows WHERE table_name = $1 AND id = $2`,
      [table, id],
    );
    return found.rows[0];
  };
  const reasons = (reply: Awaited<ReturnType<typeof push>>) =>
    reply.body.results.map((result) => result.reason ?? result.status);

  it('refuses a clerk and a duty leader writing a list, an entry or a publication; nothing is stored', async () => {
    const dropped = demoList(rs, 'dropped');
    const firstEntry = dropped.entries[0]!;
    const before = await stored('certificateEntries', firstEntry.id);
    for (const token of [rsClerk, rsLeader]) {
      const mine = draft(rs);
      const reply = await push(server.api, token, client(), [
        mutation(1, 'certificateLists', mine.listId, mine.list),
        mutation(2, 'certificateEntries', mine.entry.id, mine.entry.fields),
        mutation(3, 'certificateEntries', firstEntry.id, { replacementText: '改为提交证明' }),
        mutation(4, 'certificateLists', dropped.list.id, { status: 'superseded' }),
        mutation(5, 'certificateEntries', firstEntry.id, {}, { op: 'delete' }),
      ]);
      expect(reasons(reply)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden']);
      expect(await stored('certificateLists', mine.listId)).toBeUndefined();
      expect(await stored('certificateEntries', mine.entry.id)).toBeUndefined();
    }
    expect(await stored('certificateEntries', firstEntry.id)).toEqual(before);
    expect((await stored('certificateLists', dropped.list.id))?.fields.status).toBe('published');
  });

  it('lets a supervisor write a draft of their own bureau, never another bureau’s lists', async () => {
    const own = draft(rs);
    const theirs = draft(mz);
    const mzKept = demoList(mz, 'kept');
    const before = await stored('certificateLists', mzKept.list.id);
    const reply = await push(server.api, rsChief, client(), [
      mutation(1, 'certificateLists', own.listId, own.list),
      mutation(2, 'certificateEntries', own.entry.id, own.entry.fields),
      mutation(3, 'certificateLists', theirs.listId, theirs.list),
      mutation(4, 'certificateEntries', theirs.entry.id, theirs.entry.fields),
      mutation(5, 'certificateLists', mzKept.list.id, { title: '改名' }),
      mutation(6, 'certificateEntries', mzKept.entries[0]!.id, { keptReason: '改' }),
      // An entry of one's own draft cannot be moved into the other bureau either.
      mutation(7, 'certificateEntries', own.entry.id, { departmentId: mz }, { baseVersion: 1 }),
    ]);
    expect(reasons(reply)).toEqual([
      'applied',
      'applied',
      'wrong_department',
      'wrong_department',
      'wrong_department',
      'wrong_department',
      'wrong_department',
    ]);
    expect(await stored('certificateLists', theirs.listId)).toBeUndefined();
    expect(await stored('certificateLists', mzKept.list.id)).toEqual(before);
    expect((await stored('certificateEntries', own.entry.id))?.fields.departmentId).toBe(rs);
  });

  it('lets only a supervisor write a city-wide list, which every bureau then pulls', async () => {
    const city = draft(null);
    const byClerk = await push(server.api, rsClerk, client(), [
      mutation(1, 'certificateLists', city.listId, city.list),
    ]);
    expect(reasons(byClerk)).toEqual(['forbidden']);
    const byChief = await push(server.api, rsChief, client(), [
      mutation(1, 'certificateLists', city.listId, city.list),
      mutation(2, 'certificateEntries', city.entry.id, city.entry.fields),
    ]);
    expect(reasons(byChief)).toEqual(['applied', 'applied']);

    const seen = new Set<string>();
    const departments = new Set<string | null>();
    for (let since = 0, more = true; more;) {
      const page = await pull(server.api, mzClerk, since);
      for (const row of page.body.rows) {
        if (!row.table.startsWith('certificate')) continue;
        seen.add(row.id);
        departments.add((row.fields.departmentId as string | null | undefined) ?? null);
      }
      since = page.body.cursor;
      more = page.body.hasMore;
    }
    expect(seen.has(city.listId)).toBe(true);
    expect(seen.has(city.entry.id)).toBe(true);
    // The 民政 clerk reads the city's lists and the 民政局's own, never the 人社局's.
    expect([...departments].sort()).toEqual([mz, null].sort());
  });
});
