import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { lookupResponseSchema, pullResponseSchema, type PulledScope } from '../../shared/sync/contract';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { call, caseFields, hrss, civilAffairs, login, mutation, push } from './serverClient';

const mainHall = 'hall-JN-RS-ZWDT';
const insuranceHall = 'hall-JN-RS-SBZX';
const dayMs = 24 * 60 * 60 * 1000;

/** Replication scopes on the server (docs/sync.md, "Scopes"): what a scoped pull sends, and refuses. */
describe.each(testBackends())('scoped pull on %s', (backend) => {
  let server: TestServer;
  let clerk: string;
  let insuranceClerk: string;
  let leader: string;
  let supervisor: string;
  let mzClerk: string;
  const ids = {
    recent: '',
    old: '',
    otherHall: '',
    awaiting: '',
    mz: '',
    ancient: '',
    openOld: '',
    openElsewhere: '',
  };
  let clientOfClerk = '';
  let clerkSeq = 0;

  const dayBefore = (days: number) =>
    new Date(server.clock.now().getTime() - days * dayMs).toISOString().slice(0, 10);

  const pullAll = async (token: string, query: string, since = 0) => {
    const rows = new Map<string, number>();
    let cursor = since;
    let scope: PulledScope | undefined;
    for (;;) {
      const reply = await call(`${server.api}/sync/pull?since=${cursor}&limit=2&${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const page = pullResponseSchema.parse(reply.body);
      for (const row of page.rows) if (row.table === 'cases') rows.set(row.id, row.version);
      cursor = page.cursor;
      scope = page.scope;
      if (!page.hasMore) return { ids: new Set(rows.keys()), cursor, scope };
    }
  };
  const scopeQuery = (hallId: string, reach: string, windowDays: number | string) =>
    `hallId=${hallId}&reach=${reach}&windowDays=${windowDays}`;

  const clerkPush = async (id: string, fields: Record<string, unknown>, baseVersion = 0) => {
    clerkSeq += 1;
    const reply = await push(server.api, clerk, clientOfClerk, [
      mutation(clerkSeq, 'cases', id, fields, { baseVersion }),
    ]);
    return reply.body.results[0]!;
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    clerk = await login(server.api, 'rs-staff', 'desk-scope-clerk');
    insuranceClerk = await login(server.api, 'rs-staff2', 'desk-scope-insurance');
    leader = await login(server.api, 'rs-leader', 'desk-scope-leader');
    supervisor = await login(server.api, 'rs-chief', 'desk-scope-chief');
    mzClerk = await login(server.api, 'mz-staff', 'desk-scope-mz');
    clientOfClerk = `client-${randomUUID()}`;
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) ids[key] = randomUUID();
    const finished = { status: 'completedInOneVisit', finishedAt: '2026-11-27T02:00:00.000Z' };
    await clerkPush(ids.recent, caseFields(hrss, { day: dayBefore(89), ...finished }));
    await clerkPush(ids.old, caseFields(hrss, { day: dayBefore(100), ...finished }));
    await clerkPush(ids.ancient, caseFields(hrss, { day: dayBefore(500), ...finished }));
    await clerkPush(ids.openOld, caseFields(hrss, { day: dayBefore(200), status: 'inProgress' }));
    const other = { hallId: insuranceHall, windowId: 'win-JN-RS-SBZX-01' };
    await push(server.api, insuranceClerk, 'client-insurance', [
      mutation(1, 'cases', ids.otherHall, caseFields(hrss, { ...other, day: dayBefore(0), ...finished })),
      mutation(
        3,
        'cases',
        ids.openElsewhere,
        caseFields(hrss, { ...other, day: dayBefore(0), status: 'inProgress' }),
      ),
      mutation(
        2,
        'cases',
        ids.awaiting,
        caseFields(hrss, {
          ...other,
          day: dayBefore(300),
          status: 'needsSupplement',
          supplementNotice: {
            number: 'GZ-OLD-0001',
            issuedAt: '2026-01-31T02:00:00.000Z',
            missingMaterialIds: ['m1'],
          },
        }),
      ),
    ]);
    await push(server.api, mzClerk, 'client-mz', [
      mutation(
        1,
        'cases',
        ids.mz,
        caseFields(civilAffairs, { hallId: 'hall-JN-MZ-WMFW', day: dayBefore(0) }),
      ),
    ]);
  });
  afterAll(() => server.close());

  it('sends a clerk its hall’s window and open cases plus every case awaiting a return visit, and echoes the scope', async () => {
    const { ids: got, scope } = await pullAll(clerk, scopeQuery(mainHall, 'hall', 90));
    expect(got).toEqual(new Set([ids.recent, ids.openOld, ids.awaiting]));
    expect(scope).toMatchObject({ reach: 'hall', hallId: mainHall, windowDays: 90, today: '2026-11-27' });
    expect(scope?.from).toBe(dayBefore(89));
  });

  it('widens the leader to 180 days of its hall and the supervisor to its department and 400 days', async () => {
    expect((await pullAll(leader, scopeQuery(mainHall, 'hall', 180))).ids).toEqual(
      new Set([ids.recent, ids.old, ids.openOld, ids.awaiting]),
    );
    expect((await pullAll(supervisor, scopeQuery(mainHall, 'department', 400))).ids).toEqual(
      new Set([ids.recent, ids.old, ids.openOld, ids.otherHall, ids.openElsewhere, ids.awaiting]),
    );
    // Without a scope the pull is contract v1's: everything the caller may read.
    expect((await pullAll(clerk, '')).ids).toEqual(
      new Set([
        ids.recent,
        ids.old,
        ids.ancient,
        ids.openOld,
        ids.otherHall,
        ids.openElsewhere,
        ids.awaiting,
      ]),
    );
  });

  it('tells a desk that held an open case of another hall that it closed, and no desk that never held it', async () => {
    const before = await pullAll(clerk, scopeQuery(mainHall, 'hall', 90));
    const awaiting = await pullAll(supervisor, scopeQuery(mainHall, 'department', 400));
    expect(awaiting.ids.has(ids.awaiting)).toBe(true);
    const current = (
      await call<{ rows: { id: string; version: number }[] }>(
        `${server.api}/sync/lookup?id=${ids.awaiting}`,
        {
          headers: { authorization: `Bearer ${insuranceClerk}` },
        },
      )
    ).body.rows[0]!.version;
    const closed = await push(server.api, insuranceClerk, 'client-insurance', [
      // The applicant's return visit reopens it, and it is finished (a 需补正 case never jumps to 办结).
      mutation(
        4,
        'cases',
        ids.awaiting,
        { status: 'inProgress', finishedAt: null },
        { baseVersion: current },
      ),
      mutation(
        5,
        'cases',
        ids.awaiting,
        { status: 'completedInOneVisit', finishedAt: '2026-11-27T03:00:00.000Z', outcomeNote: '补正后办结' },
        { baseVersion: current },
      ),
    ]);
    expect(closed.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // The clerk held it (open) at its cursor: it is sent the closing — and the later — version.
    const after = await pullAll(clerk, scopeQuery(mainHall, 'hall', 90), before.cursor);
    expect(after.ids).toEqual(new Set([ids.awaiting]));
    // A new clerk desk never held it: a first sync does not carry the closed case of another hall.
    expect((await pullAll(clerk, scopeQuery(mainHall, 'hall', 90))).ids).toEqual(
      new Set([ids.recent, ids.openOld]),
    );
  });

  it('sends the closing of an old open case to its own hall’s desks, not to other halls’', async () => {
    const clerkBefore = await pullAll(clerk, scopeQuery(mainHall, 'hall', 90));
    const insuranceBefore = await pullAll(insuranceClerk, scopeQuery(insuranceHall, 'hall', 90));
    expect(insuranceBefore.ids.has(ids.openOld)).toBe(false);
    const version = (
      await call<{ rows: { version: number }[] }>(`${server.api}/sync/lookup?id=${ids.openOld}`, {
        headers: { authorization: `Bearer ${clerk}` },
      })
    ).body.rows[0]!.version;
    expect(
      (await clerkPush(ids.openOld, { status: 'transferred', transferredTo: '市社保中心' }, version)).status,
    ).toBe('applied');
    expect((await pullAll(clerk, scopeQuery(mainHall, 'hall', 90), clerkBefore.cursor)).ids).toEqual(
      new Set([ids.openOld]),
    );
    expect(
      (await pullAll(insuranceClerk, scopeQuery(insuranceHall, 'hall', 90), insuranceBefore.cursor)).ids,
    ).toEqual(new Set());
    expect((await pullAll(clerk, scopeQuery(mainHall, 'hall', 90))).ids).toEqual(new Set([ids.recent]));
  });

  it('moves the window with the clock: a case drops out once it is older than the window', async () => {
    server.clock.advance(2 * dayMs);
    try {
      // A session lasts a working day: the desk signs in again on the later day.
      const later = await login(server.api, 'rs-staff', 'desk-scope-clerk');
      const { ids: got, scope } = await pullAll(later, scopeQuery(mainHall, 'hall', 90));
      expect(got.has(ids.recent)).toBe(false);
      expect(scope?.today).toBe('2026-11-29');
    } finally {
      server.clock.advance(-2 * dayMs);
    }
  });

  it('refuses a scope the caller may not have, or a window of 0 days or 100 years, without a 5xx', async () => {
    const refused = async (token: string, query: string) => {
      const reply = await call<{ error: string; message: string }>(
        `${server.api}/sync/pull?since=0&${query}`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      return [reply.status, reply.body.error];
    };
    expect(await refused(clerk, scopeQuery(mainHall, 'department', 90))).toEqual([403, 'scope_forbidden']);
    expect(await refused(clerk, scopeQuery(mainHall, 'hall', 91))).toEqual([403, 'scope_forbidden']);
    expect(await refused(leader, scopeQuery(mainHall, 'department', 180))).toEqual([403, 'scope_forbidden']);
    expect(await refused(clerk, scopeQuery('hall-JN-MZ-WMFW', 'hall', 90))).toEqual([403, 'scope_forbidden']);
    expect(await refused(clerk, scopeQuery('hall-nowhere', 'hall', 90))).toEqual([403, 'scope_forbidden']);
    expect(await refused(supervisor, scopeQuery(mainHall, 'department', 0))).toEqual([400, 'invalid_scope']);
    expect(await refused(supervisor, scopeQuery(mainHall, 'department', 36_500))).toEqual([
      400,
      'invalid_scope',
    ]);
    expect(await refused(supervisor, scopeQuery(mainHall, 'department', '1e2'))).toEqual([
      400,
      'invalid_scope',
    ]);
    expect(await refused(supervisor, scopeQuery(mainHall, 'city', 30))).toEqual([400, 'invalid_scope']);
    expect(await refused(supervisor, `hallId=${mainHall}&windowDays=30`)).toEqual([400, 'invalid_scope']);
    expect(await refused(supervisor, scopeQuery('../x', 'hall', 30))).toEqual([400, 'invalid_scope']);
  });

  it('lets a desk write a case outside its window (the window limits replication, not writing)', async () => {
    const old = (await pullAll(leader, scopeQuery(mainHall, 'hall', 180))).ids.has(ids.old);
    expect(old).toBe(true);
    const lookup = await call<{ rows: { version: number }[] }>(`${server.api}/sync/lookup?id=${ids.old}`, {
      headers: { authorization: `Bearer ${clerk}` },
    });
    const result = await clerkPush(ids.old, { outcomeNote: '补录' }, lookup.body.rows[0]!.version);
    expect(result.status).toBe('applied');
    // Another department's case stays refused as before.
    const mz = await push(server.api, clerk, clientOfClerk, [
      mutation((clerkSeq += 1), 'cases', ids.mz, { outcomeNote: 'x' }, { baseVersion: 1 }),
    ]);
    expect(mz.body.results[0]).toMatchObject({ status: 'rejected', reason: 'wrong_department' });
  });
  it('keeps sending the changes of cases a desk looked up (pinned), never another department’s', async () => {
    const scoped = scopeQuery(mainHall, 'hall', 90);
    expect((await pullAll(clerk, scoped)).ids.has(ids.otherHall)).toBe(false);
    const pinned = `pinned=${ids.otherHall},${ids.mz}`;
    const got = (await pullAll(clerk, `${scoped}&${pinned}`)).ids;
    expect(got.has(ids.otherHall)).toBe(true);
    expect(got.has(ids.mz)).toBe(false);
    // Without a scope the parameter changes nothing (the pull already sends all the caller may read).
    expect((await pullAll(mzClerk, pinned)).ids).toEqual(new Set([ids.mz]));
  });

  it('refuses a malformed pinned list or heldSince with a 400, never a 5xx', async () => {
    const scoped = scopeQuery(mainHall, 'hall', 90);
    const many = Array.from({ length: 201 }, () => randomUUID()).join(',');
    for (const extra of ['pinned=a,,b', `pinned=${many}`, 'pinned=../x', 'heldSince=-1', 'heldSince=x']) {
      const reply = await call<{ error: string }>(`${server.api}/sync/pull?since=0&${scoped}&${extra}`, {
        headers: { authorization: `Bearer ${clerk}` },
      });
      expect([reply.status, reply.body.error], extra.slice(0, 30)).toEqual([400, 'invalid_request']);
    }
  });
});

describe.each(testBackends())('case look-up on %s', (backend) => {
  let server: TestServer;
  let clerk: string;
  let mzClerk: string;
  const id = randomUUID();
  beforeAll(async () => {
    server = await startTestServer(backend);
    clerk = await login(server.api, 'rs-staff', 'desk-lookup-clerk');
    mzClerk = await login(server.api, 'mz-staff', 'desk-lookup-mz');
    await push(server.api, clerk, 'client-lookup', [
      mutation(
        1,
        'cases',
        id,
        caseFields(hrss, {
          day: '2025-06-02',
          applicantName: '李四',
          applicantIdNumber: '11010519491231002X',
          status: 'needsSupplement',
          supplementNotice: {
            number: 'GZ-2025-0042',
            issuedAt: '2025-06-02T02:00:00.000Z',
            missingMaterialIds: ['m1'],
          },
        }),
      ),
    ]);
  });
  afterAll(() => server.close());

  const lookup = (token: string, query: string) =>
    call<{ error?: string; rows?: unknown[] }>(`${server.api}/sync/lookup?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });

  it('finds a case by notice number, ID number (any case of x), name or id, in the caller’s department', async () => {
    for (const query of ['notice=GZ-2025-0042', 'idNumber=11010519491231002x', 'name=李四', `id=${id}`]) {
      const reply = await lookup(clerk, encodeURI(query));
      expect(reply.status, query).toBe(200);
      const body = lookupResponseSchema.parse(reply.body);
      expect(body.rows.map((row) => row.id)).toEqual([id]);
      expect(body.truncated).toBe(false);
    }
    expect(lookupResponseSchema.parse((await lookup(clerk, 'notice=GZ-NONE')).body).rows).toEqual([]);
  });

  it('refuses another department’s case by notice or id, and hides its applicants by name', async () => {
    expect((await lookup(mzClerk, 'notice=GZ-2025-0042')).status).toBe(403);
    expect((await lookup(mzClerk, `id=${id}`)).body.error).toBe('wrong_department');
    expect(lookupResponseSchema.parse((await lookup(mzClerk, encodeURI('name=李四'))).body).rows).toEqual([]);
  });

  it('serves rows of any synced table by id, tombstones too, and only those the caller may read', async () => {
    const gone = randomUUID();
    const mzCase = randomUUID();
    await push(server.api, clerk, 'client-lookup', [
      mutation(2, 'cases', gone, caseFields(hrss, { applicantName: '已删' })),
      mutation(3, 'cases', gone, {}, { op: 'delete', baseVersion: 0 }),
    ]);
    await push(server.api, mzClerk, 'client-lookup-mz', [
      mutation(1, 'cases', mzCase, caseFields(civilAffairs, { hallId: 'hall-JN-MZ-WMFW' })),
    ]);
    const byIds = (token: string, table: string, ids: string[]) =>
      lookup(token, `table=${table}&ids=${ids.join(',')}`);
    const reply = await byIds(clerk, 'cases', [id, gone, mzCase, randomUUID()]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const body = lookupResponseSchema.parse(reply.body);
    expect(body.rows.map((row) => [row.id, row.deleted]).sort()).toEqual(
      [
        [gone, true],
        [id, false],
      ].sort(),
    );
    // Another department's rows are left out without a word, like rows that do not exist.
    const mz = lookupResponseSchema.parse((await byIds(mzClerk, 'cases', [id, gone, mzCase])).body);
    expect(mz.rows.map((row) => row.id)).toEqual([mzCase]);
    // Any synced table: the seeded catalog's items of the caller's department.
    const item = 'item-370800-RS-GG-001';
    const items = lookupResponseSchema.parse((await byIds(clerk, 'items', [item])).body);
    expect(items.rows.map((row) => [row.table, row.id])).toEqual([['items', item]]);
    expect(lookupResponseSchema.parse((await byIds(mzClerk, 'items', [item])).body).rows).toEqual([]);
  });

  it('refuses a look-up by ids of an unknown table, bad or too many ids, or with another key', async () => {
    const many = Array.from({ length: 101 }, () => randomUUID()).join(',');
    for (const query of [
      `table=outbox&ids=${id}`,
      `table=cases`,
      `ids=${id}`,
      `table=cases&ids=`,
      `table=cases&ids=a,,b`,
      `table=cases&ids=../x`,
      `table=cases&ids=${many}`,
      `table=cases&ids=${id}&name=李四`,
    ]) {
      const reply = await lookup(clerk, encodeURI(query));
      expect([reply.status, reply.body.error], query.slice(0, 40)).toEqual([400, 'invalid_request']);
    }
    expect((await call(`${server.api}/sync/lookup?table=cases&ids=${id}`)).status).toBe(401);
  });

  it('refuses a look-up with no key, two keys or an over-long one, and one without a token', async () => {
    for (const query of ['', 'notice=A&name=B', `name=${'张'.repeat(41)}`, 'idNumber=1234567890123456789']) {
      const reply = await lookup(clerk, encodeURI(query));
      expect([reply.status, reply.body.error], query).toEqual([400, 'invalid_request']);
    }
    expect((await call(`${server.api}/sync/lookup?notice=GZ-2025-0042`)).status).toBe(401);
  });
});
