import { describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  healthResponseSchema,
  loginRequestSchema,
  lookupQuerySchema,
  lookupResponseSchema,
  maxPullLimit,
  maxPushMutations,
  mutationSchema,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from './contract';
import { isSyncedTableName, syncedTableNames } from './tables';

const mutation = (seq: number) => ({
  seq,
  mutationId: `m-${seq}`,
  table: 'cases',
  op: 'upsert',
  rowId: `0193a5b2-7c1d-7000-8000-${String(seq).padStart(12, '0')}`,
  fields: { status: 'inProgress' },
  baseVersion: 0,
  at: '2026-11-27T02:00:00.000Z',
});

const push = (count: number) => ({
  clientId: 'desk-01',
  schemaVersion: 1,
  mutations: Array.from({ length: count }, (_, index) => mutation(index + 1)),
});

describe('push request', () => {
  it(`accepts ${maxPushMutations} mutations and rejects ${maxPushMutations + 1}`, () => {
    expect(pushRequestSchema.safeParse(push(0)).success).toBe(true);
    expect(pushRequestSchema.safeParse(push(maxPushMutations)).success).toBe(true);
    expect(pushRequestSchema.safeParse(push(maxPushMutations + 1)).success).toBe(false);
  });

  it.each([
    ['seq 0', { seq: 0 }],
    ['a fractional seq', { seq: 1.5 }],
    ['a string seq', { seq: '1' }],
    ['an unknown op', { op: 'merge' }],
    ['an empty table name', { table: '' }],
    ['a path-like row id', { rowId: '../cases' }],
    ['an empty row id', { rowId: '' }],
    ['a negative base version', { baseVersion: -1 }],
    ['fields as an array', { fields: ['status'] }],
    ['fields as null', { fields: null }],
    ['a local time instead of UTC', { at: '2026-11-27T10:00:00+08:00' }],
    ['a date without time', { at: '2026-11-27' }],
    ['an over-long mutation id', { mutationId: 'm'.repeat(81) }],
  ])('rejects a mutation with %s', (_why, change) => {
    expect(mutationSchema.safeParse({ ...mutation(1), ...change }).success).toBe(false);
  });

  it('rejects a missing or over-long client id and a non-integer schema version', () => {
    expect(pushRequestSchema.safeParse({ ...push(1), clientId: '' }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ ...push(1), clientId: 'c'.repeat(81) }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ ...push(1), schemaVersion: '1' }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ clientId: 'desk-01', schemaVersion: 1 }).success).toBe(false);
  });

  it('keeps field values as sent, whatever their type', () => {
    const fields = { rating: { level: 5, comment: '' }, completedStepIds: ['sq'], finishedAt: null };
    const parsed = mutationSchema.parse({ ...mutation(1), fields });
    expect(parsed.fields).toEqual(fields);
  });
});

describe('pull query', () => {
  it('defaults to everything from the start, a full page', () => {
    expect(pullQuerySchema.parse({})).toEqual({ since: 0, limit: maxPullLimit });
  });

  it('coerces query-string numbers', () => {
    expect(pullQuerySchema.parse({ since: '42', limit: '100' })).toEqual({ since: 42, limit: 100 });
    expect(pullQuerySchema.parse({ since: '0', limit: String(maxPullLimit) })).toEqual({
      since: 0,
      limit: maxPullLimit,
    });
  });

  it.each([
    ['a negative cursor', { since: '-1' }],
    ['a fractional cursor', { since: '1.5' }],
    ['a word', { since: 'abc' }],
    ['Infinity', { since: 'Infinity' }],
    ['an unsafe integer', { since: '9007199254740993' }],
    ['limit 0', { limit: '0' }],
    ['a limit over the maximum', { limit: String(maxPullLimit + 1) }],
    ['a negative limit', { limit: '-5' }],
    ['a word limit', { limit: 'all' }],
  ])('rejects %s', (_why, query) => {
    expect(pullQuerySchema.safeParse(query).success).toBe(false);
  });

  it('validates a page of rows', () => {
    const page = {
      rows: [
        {
          table: 'items',
          id: 'item-370800-RS-GG-001',
          version: 7,
          deleted: false,
          fields: { name: '失业保险金申领' },
        },
      ],
      cursor: 7,
      hasMore: false,
      schemaVersion: 1,
    };
    expect(pullResponseSchema.safeParse(page).success).toBe(true);
    expect(pullResponseSchema.safeParse({ ...page, rows: [{ ...page.rows[0], version: 0 }] }).success).toBe(
      false,
    );
  });

  it('takes an optional clientId and optional conflicts addressed to it (added compatibly)', () => {
    expect(pullQuerySchema.parse({ since: '3', clientId: 'desk-1' })).toEqual({
      since: 3,
      limit: maxPullLimit,
      clientId: 'desk-1',
    });
    expect(pullQuerySchema.safeParse({ clientId: '' }).success).toBe(false);
    const page = { rows: [], cursor: 9, hasMore: false, schemaVersion: 1 };
    const conflict = {
      id: 4,
      table: 'cases',
      rowId: 'case-1',
      field: 'status',
      theirValue: 'transferred',
      theirBy: '李振华',
      yourValue: 'completedInOneVisit',
      version: 9,
      at: '2026-11-27T02:00:00.000Z',
    };
    expect(pullResponseSchema.safeParse({ ...page, conflicts: [conflict] }).success).toBe(true);
    expect(pullResponseSchema.safeParse({ ...page, conflicts: [{ ...conflict, id: 0 }] }).success).toBe(
      false,
    );
    expect(pullResponseSchema.parse(page).conflicts).toBeUndefined();
  });
});

describe('replication scope (added compatibly)', () => {
  it('takes an optional scope on pull and bounds its window', () => {
    expect(pullQuerySchema.parse({ since: '3' })).toEqual({ since: 3, limit: maxPullLimit });
    expect(
      pullQuerySchema.parse({ since: '0', hallId: 'hall-1', reach: 'hall', windowDays: '90' }),
    ).toMatchObject({ hallId: 'hall-1', reach: 'hall', windowDays: 90 });
    for (const windowDays of ['0', '36500', '1.5'])
      expect(pullQuerySchema.safeParse({ windowDays }).success, windowDays).toBe(false);
    expect(pullQuerySchema.safeParse({ reach: 'city' }).success).toBe(false);
  });

  it('parses pages with and without the echoed scope', () => {
    const page = { rows: [], cursor: 4, hasMore: false, schemaVersion: 1 };
    expect(pullResponseSchema.parse(page).scope).toBeUndefined();
    const scope = {
      key: 'r1:hall:hall-1:90',
      reach: 'hall',
      hallId: 'hall-1',
      windowDays: 90,
      today: '2026-11-27',
      from: '2026-08-30',
    };
    expect(pullResponseSchema.parse({ ...page, scope }).scope).toEqual(scope);
    expect(pullResponseSchema.safeParse({ ...page, scope: { ...scope, from: 'yesterday' } }).success).toBe(
      false,
    );
  });

  it('describes a look-up and its answer', () => {
    expect(lookupQuerySchema.parse({ notice: 'GZ-1' })).toEqual({ notice: 'GZ-1' });
    expect(lookupQuerySchema.safeParse({ idNumber: '1'.repeat(19) }).success).toBe(false);
    expect(lookupResponseSchema.parse({ rows: [], truncated: false })).toEqual({
      rows: [],
      truncated: false,
    });
  });
});

describe('login and errors', () => {
  it('bounds login input', () => {
    const valid = { username: 'rs-staff', password: 'x', deviceId: 'd1' };
    expect(loginRequestSchema.safeParse(valid).success).toBe(true);
    expect(loginRequestSchema.safeParse({ ...valid, username: '' }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ ...valid, password: 'p'.repeat(201) }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ ...valid, deviceId: undefined }).success).toBe(false);
  });

  it('describes a seq gap with the expected seq', () => {
    expect(errorBodySchema.parse({ error: 'seq_gap', message: 'gap', expectedSeq: 5 }).expectedSeq).toBe(5);
  });
});

describe('synced tables', () => {
  it('recognizes declared tables only, not inherited properties', () => {
    expect(syncedTableNames).toEqual(expect.arrayContaining(['cases', 'items']));
    expect(isSyncedTableName('cases')).toBe(true);
    expect(isSyncedTableName('toString')).toBe(false);
    expect(isSyncedTableName('__proto__')).toBe(false);
    expect(isSyncedTableName('constructor')).toBe(false);
  });
});

describe('contract additions of issue 6 (epoch, seq_reused, schema_mismatch) stay compatible', () => {
  it('takes requests and answers with or without the new optional fields', () => {
    expect(pushRequestSchema.safeParse(push(1)).success).toBe(true);
    expect(pushRequestSchema.safeParse({ ...push(1), epoch: 'e-1' }).success).toBe(true);
    expect(pushRequestSchema.safeParse({ ...push(1), epoch: '' }).success).toBe(false);
    expect(pushResponseSchema.parse({ lastSeq: 1, results: [] })).toEqual({ lastSeq: 1, results: [] });
    expect(pushResponseSchema.parse({ lastSeq: 1, results: [], epoch: 'e-1' }).epoch).toBe('e-1');
    const page = { rows: [], cursor: 0, hasMore: false, schemaVersion: 1 };
    expect(pullResponseSchema.parse(page).epoch).toBeUndefined();
    expect(pullResponseSchema.parse({ ...page, epoch: 'e-1' }).epoch).toBe('e-1');
    expect(pullQuerySchema.parse({ since: '3', epoch: 'e-1' })).toMatchObject({ since: 3, epoch: 'e-1' });
    expect(healthResponseSchema.parse({ ok: true, serverVersion: '0.1.0', schemaVersion: 1 }).epoch).toBe(
      undefined,
    );
  });

  it('error bodies carry lastSeq, epoch and schema versions when the server has them', () => {
    expect(errorBodySchema.parse({ error: 'seq_gap', message: 'm', expectedSeq: 3 })).toEqual({
      error: 'seq_gap',
      message: 'm',
      expectedSeq: 3,
    });
    expect(
      errorBodySchema.parse({
        error: 'epoch_changed',
        message: 'm',
        epoch: 'e-2',
        epochBaseVersion: 40,
        lastSeq: 7,
      }),
    ).toMatchObject({ epochBaseVersion: 40, lastSeq: 7 });
    expect(
      errorBodySchema.parse({
        error: 'schema_mismatch',
        message: 'm',
        serverSchemaVersion: 2,
        clientSchemaVersion: 1,
      }),
    ).toMatchObject({ serverSchemaVersion: 2 });
  });
});
