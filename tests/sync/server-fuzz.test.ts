import { randomUUID } from 'node:crypto';
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
/**
 * A well-formed push that must reach storage: a valid case first (so some runs are applied for sure), then
 * hostile mutations, all with consecutive seqs from 1. Its clientId is replaced by a fresh one per run,
 * or a reused clientId would turn every later run's seqs into duplicates that never reach storage.
 */
const reachingStorageArb = fc
  .array(fc.tuple(fieldsArb, fc.uuid(), fc.uuid()), { maxLength: 5 })
  .chain((hostile) =>
    fc
      .tuple(fc.uuid(), fc.uuid())
      .map(([rowId, mutationId]) => [[caseTemplate, rowId, mutationId], ...hostile]),
  )
  .map((list) => ({
    freshClient: true,
    body: {
      clientId: 'replaced-per-run',
      schemaVersion: 1,
      mutations: list.map(([fields, rowId, mutationId], index) => ({
        seq: index + 1,
        mutationId,
        table: 'cases',
        op: 'upsert',
        rowId,
        fields,
        baseVersion: 0,
        at: '2026-11-27T01:00:00.000Z',
      })),
    },
  }));
const hostilePushArb = fc
  .oneof(
    anyJson,
    fc.record(
      {
        clientId: maybe(fc.oneof(fc.uuid(), fc.constant('fuzz-client'))),
        schemaVersion: maybe(fc.constant(1)),
        mutations: fc.oneof(fc.array(mutationArb, { maxLength: 6 }), anyJson),
      },
      { requiredKeys: [] },
    ),
  )
  .map((body) => ({ freshClient: false, body }));
const pushBodyArb = fc.oneof(hostilePushArb, reachingStorageArb);

/** `depth` arrays inside each other, built as text: JSON.stringify itself would overflow the stack. */
const nestedJson = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

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
      fc.asyncProperty(pushBodyArb, async ({ freshClient, body }) => {
        if (freshClient) (body as { clientId: string }).clientId = `fuzz-${randomUUID()}`;
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
  }, 180_000);

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
  }, 180_000);

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
  }, 180_000);
  it('any method on any path, with or without a token, never answers 5xx; without one only public routes pass', async () => {
    const paths = [
      '/health',
      '/auth/login',
      '/auth/logout',
      '/sync/push',
      '/sync/pull',
      '/org',
      '/sync',
      '/x',
      '',
    ];
    // fetch refuses CONNECT, TRACE and TRACK itself; every other token is a method a client may send.
    // FOO is one Node's HTTP parser does not know: it answers 400 itself, before the app (no JSON body).
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE', 'FOO'];
    const reachesApp = (method: string) => method !== 'FOO';
    const isPublic = (path: string, method: string) =>
      method === 'OPTIONS' ||
      (path === '/health' && ['GET', 'HEAD'].includes(method)) ||
      (path === '/auth/login' && method === 'POST');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom(...methods),
        fc.constantFrom('valid', 'none', 'garbage'),
        fc.boolean(),
        async (path, method, auth, withOrigin) => {
          // A sign-out ends the token it carries: it gets one of its own, not the one later tests use.
          const signsOut = path === '/auth/logout' && auth === 'valid';
          const runToken = signsOut ? await login(server.api, 'rs-staff', 'fuzz-desk') : token;
          const before = await snapshot();
          const headers: Record<string, string> = {};
          if (auth === 'valid') headers.authorization = `Bearer ${runToken}`;
          if (auth === 'garbage') headers.authorization = 'Bearer not-a-token';
          if (withOrigin) headers.origin = 'app://oncedesk';
          const hasBody = !['GET', 'HEAD'].includes(method);
          const reply = await call(`${server.api}${path}`, {
            method,
            headers: hasBody ? { ...headers, 'content-type': 'application/json' } : headers,
            ...(hasBody ? { body: '{}' } : {}),
          });
          expect(reply.status, `${method} ${path} (${auth})`).toBeLessThan(500);
          if (!reachesApp(method)) return;
          if (auth !== 'valid' && !isPublic(path, method)) expect(reply.status).toBe(401);
          if (method !== 'HEAD' && method !== 'OPTIONS' && reply.status !== 200)
            errorBodySchema.parse(reply.body);
          const writes = method === 'POST' && ['/sync/push', '/auth/logout'].includes(path);
          if (!writes) expect(await snapshot()).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  }, 180_000);

  it('a mutation nested too deeply is rejected like any invalid one and its seq advances', async () => {
    const clientId = `fuzz-${randomUUID()}`;
    const valid = (seq: number) => ({
      seq,
      mutationId: randomUUID(),
      table: 'cases',
      op: 'upsert',
      rowId: randomUUID(),
      fields: caseTemplate,
      baseVersion: 0,
      at: '2026-11-27T01:00:00.000Z',
    });
    const deep = JSON.stringify({
      ...valid(2),
      fields: { ...caseTemplate, outcomeNote: '__DEEP__' },
    }).replace('"__DEEP__"', nestedJson(5000));
    const text = `{"clientId":"${clientId}","schemaVersion":1,"mutations":[${JSON.stringify(valid(1))},${deep},${JSON.stringify(valid(3))}]}`;
    const first = await postJson(`${server.api}/sync/push`, text, token);
    expect(first.status).toBe(200);
    const body = pushResponseSchema.parse(first.body);
    expect(body.lastSeq).toBe(3);
    expect(body.results.map((result) => [result.seq, result.status, result.reason])).toEqual([
      [1, 'applied', undefined],
      [2, 'rejected', 'invalid_fields'],
      [3, 'applied', undefined],
    ]);
    // The retry after a lost answer: the same refusal again, never a 5xx that blocks the queue.
    const again = pushResponseSchema.parse((await postJson(`${server.api}/sync/push`, text, token)).body);
    expect(again.results[1]).toMatchObject({ seq: 2, status: 'duplicate', reason: 'invalid_fields' });
  });

  it('deeply nested JSON anywhere in a body is a 4xx, never a 5xx', async () => {
    const depthArb = fc.constantFrom(20, 40, 70, 1000, 5000, 100_000);
    const placeArb = fc.constantFrom(
      'login',
      'loginField',
      'envelope',
      'clientId',
      'mutation',
      'mutations',
      'field',
    );
    await fc.assert(
      fc.asyncProperty(depthArb, placeArb, async (depth, place) => {
        const deep = nestedJson(depth);
        const clientId = `fuzz-${randomUUID()}`;
        const mutationText = (fields: string, extra = '') =>
          `{"seq":1,"mutationId":"${randomUUID()}","table":"cases","op":"upsert","rowId":"${randomUUID()}",` +
          `"fields":${fields},"baseVersion":0,"at":"2026-11-27T01:00:00.000Z"${extra}}`;
        const requests: Record<string, [string, string]> = {
          login: ['/auth/login', deep],
          loginField: ['/auth/login', `{"username":"rs-staff","password":${deep},"deviceId":"d"}`],
          envelope: ['/sync/push', deep],
          clientId: ['/sync/push', `{"clientId":${deep},"schemaVersion":1,"mutations":[]}`],
          mutations: ['/sync/push', `{"clientId":"${clientId}","schemaVersion":1,"mutations":${deep}}`],
          mutation: [
            '/sync/push',
            `{"clientId":"${clientId}","schemaVersion":1,"mutations":[${mutationText('{}', `,"x":${deep}`)}]}`,
          ],
          field: [
            '/sync/push',
            `{"clientId":"${clientId}","schemaVersion":1,"mutations":[${mutationText(`{"itemName":${deep}}`)}]}`,
          ],
        };
        const [path, text] = requests[place]!;
        const reply = await postJson(`${server.api}${path}`, text, path === '/sync/push' ? token : undefined);
        expect(reply.status, `${place} at depth ${depth}`).toBeLessThan(500);
        if (reply.status !== 200) errorBodySchema.parse(reply.body);
        if (path === '/auth/login' && depth > 40) expect(reply.status).toBe(400);
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
