import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, pullResponseSchema, pushResponseSchema } from '../../shared/sync/contract';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { call, caseFields, hrss, login, postJson } from './serverClient';

/** Text PostgreSQL cannot store (U+0000, lone surrogates) mixed into ordinary strings. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    'a\udc00b',
    '💥',
    '',
    ' ',
    'null',
    '../../etc',
    "'; DROP TABLE rows; --",
  ),
);
const anyJson = fc.oneof(
  fc.jsonValue(),
  nastyString,
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 63, -1, 0, 1.5, 1e308),
);
const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof(value, anyJson);

const caseTemplate = caseFields(hrss);
const fieldsArb = fc.oneof(
  fc.dictionary(nastyString, anyJson, { maxKeys: 4 }),
  // Valid case fields with some of them replaced by values of the wrong type.
  fc
    .dictionary(fc.constantFrom(...Object.keys(caseTemplate)), anyJson, { maxKeys: 4 })
    .map((broken) => ({ ...caseTemplate, ...broken })),
  // Right types, nasty text: must be stored faithfully or refused, never crash the SQL.
  fc
    .dictionary(fc.constantFrom('applicantName', 'outcomeNote', 'itemName', 'itemCode'), nastyString, {
      maxKeys: 2,
    })
    .map((texts) => ({ ...caseTemplate, ...texts })),
  fc.constant(caseTemplate),
  anyJson,
);
const mutationArb = fc.record(
  {
    seq: maybe(fc.integer({ min: 1, max: 5 })),
    mutationId: maybe(fc.uuid()),
    table: maybe(fc.constantFrom('cases', 'items', 'nope')),
    op: maybe(fc.constantFrom('upsert', 'delete')),
    rowId: maybe(fc.uuid()),
    fields: fieldsArb,
    baseVersion: maybe(fc.nat(50)),
    at: maybe(fc.constant('2026-11-27T01:00:00.000Z')),
  },
  { requiredKeys: [] },
);
const pushBodyArb = fc.oneof(
  anyJson,
  fc.record(
    {
      clientId: maybe(fc.oneof(fc.uuid(), fc.constant('fuzz-client'))),
      schemaVersion: maybe(fc.constant(1)),
      mutations: fc.oneof(
        // Well-formed mutations with consecutive seqs from 1 and hostile fields: these get past the
        // envelope and gap checks to validation and storage.
        fc.array(fc.tuple(fieldsArb, fc.uuid(), fc.uuid()), { maxLength: 6 }).map((list) =>
          list.map(([fields, rowId, mutationId], index) => ({
            seq: index + 1,
            mutationId,
            table: 'cases',
            op: 'upsert',
            rowId,
            fields,
            baseVersion: 0,
            at: '2026-11-27T01:00:00.000Z',
          })),
        ),
        fc.array(mutationArb, { maxLength: 6 }),
        anyJson,
      ),
    },
    { requiredKeys: [] },
  ),
);

describe.each(testBackends())('hostile input on %s', (backend) => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    token = await login(server.api, 'rs-staff', 'fuzz-desk');
  });
  afterAll(() => server.close());

  /** Everything a refused request must leave untouched. */
  const snapshot = async () => {
    const tables = [
      'rows',
      'clients',
      'rejections',
      'conflicts',
      'version_counter',
      'staff',
      'departments',
      'sessions',
    ];
    const parts: unknown[] = [];
    for (const table of tables) {
      parts.push((await server.database.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows);
    }
    return JSON.stringify(parts);
  };

  const expectClientError = (reply: { status: number; body: unknown }) => {
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    errorBodySchema.parse(reply.body);
  };

  it('push never answers 5xx and a refused push changes nothing', async () => {
    const statuses: string[] = [];
    await fc.assert(
      fc.asyncProperty(pushBodyArb, async (body) => {
        const before = await snapshot();
        const reply = await postJson(`${server.api}/sync/push`, body, token);
        if (reply.status === 200) {
          const parsed = pushResponseSchema.parse(reply.body);
          statuses.push(...parsed.results.map((result) => result.status));
          expect(parsed.results.length).toBe((body as { mutations: unknown[] }).mutations.length);
        } else {
          expectClientError(reply);
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
    // The generators must reach storage, not only the envelope checks.
    expect(statuses).toContain('applied');
    expect(statuses).toContain('rejected');
  });

  it('login never answers 5xx and a malformed login changes nothing', async () => {
    const loginArb = fc.oneof(
      anyJson,
      fc.record(
        { username: maybe(fc.constantFrom('rs-staff', 'fuzz-user')), password: anyJson, deviceId: anyJson },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(loginArb, async (body) => {
        const before = await snapshot();
        const reply = await postJson(`${server.api}/auth/login`, body);
        expect(reply.status).not.toBe(200);
        expectClientError(reply);
        if (reply.status === 400) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('raw bodies, media types and query strings never cause a 5xx', async () => {
    const requestArb = fc.record({
      path: fc.constantFrom('/sync/push', '/auth/login', '/sync/pull', '/health', '/sync', '/'),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        '',
        'APPLICATION/JSON',
      ),
      body: fc.oneof(nastyString, fc.uint8Array({ maxLength: 64 })),
      query: fc.dictionary(fc.constantFrom('since', 'limit', 'x'), nastyString, { maxKeys: 3 }),
      auth: fc.constantFrom('valid', 'none', 'garbage'),
    });
    await fc.assert(
      fc.asyncProperty(requestArb, async (request) => {
        const before = await snapshot();
        const headers: Record<string, string> = {};
        if (request.contentType) headers['content-type'] = request.contentType;
        if (request.auth === 'valid') headers.authorization = `Bearer ${token}`;
        if (request.auth === 'garbage') headers.authorization = 'Bearer ünïcödé';
        const query = new URLSearchParams(request.query).toString();
        const hasBody = request.method !== 'GET';
        const reply = await call(`${server.api}${request.path}?${query}`, {
          method: request.method,
          headers,
          ...(hasBody ? { body: request.body } : {}),
        });
        expect(reply.status).toBeLessThan(500);
        if (reply.status === 200 && request.path === '/sync/pull') pullResponseSchema.parse(reply.body);
        if (reply.status !== 200) {
          errorBodySchema.parse(reply.body);
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});
