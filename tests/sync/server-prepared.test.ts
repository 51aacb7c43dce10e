import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedNames } from '../../server/db/pg';
import { openTestDatabase, type TestDatabase } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { insertRows, loadRows } from '../../server/sync/rowStore';
import { caseFields, hrss, login, mutation, pull, push } from './serverClient';

/**
 * On PostgreSQL the server prepares the statements it sends again and again (server/db/pg.ts), so a push
 * is not parsed and planned anew each time. A prepared statement outlives changes to its tables, and one
 * whose result columns change under it fails on every later use: a newer process migrating the schema
 * while this one serves would have broken it until restarted.
 */
describe('statement names', () => {
  it('names a text from its second use, keeps the name, and never gives two texts one name', () => {
    const nameOf = preparedNames(3);
    expect(nameOf('a $1')).toBeUndefined();
    const a = nameOf('a $1');
    expect(a).toBeDefined();
    expect(nameOf('a $1')).toBe(a);
    expect(nameOf('b $1')).toBeUndefined();
    const b = nameOf('b $1');
    expect(b).toBeDefined();
    expect(b).not.toBe(a);
  });

  it('stops counting new texts past its limit: texts built per request cannot take names for ever', () => {
    const nameOf = preparedNames(2);
    nameOf('a $1');
    nameOf('b $1');
    for (let use = 0; use < 5; use += 1) expect(nameOf('c $1')).toBeUndefined();
    expect(nameOf('a $1')).toBeDefined();
  });
});

const databaseUrl = process.env.DATABASE_URL;

describe.runIf(databaseUrl)('prepared statements on PostgreSQL', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    // One connection, so the catalogue of prepared statements read below is the one every query used.
    testDb = await openTestDatabase('postgres', databaseUrl, { maxConnections: 1 });
  });
  afterAll(() => testDb.drop());

  const prepared = async (text: string) =>
    (
      await testDb.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = $1',
        [text],
      )
    ).rows[0]!.n;

  it('prepares a text with parameters at its second use, in or out of a transaction, once', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect((await testDb.db.query<{ n: number }>(text, [1])).rows).toEqual([{ n: 2 }]);
    expect(await prepared(text)).toBe('0');
    expect(await testDb.db.transaction((tx) => tx.query<{ n: number }>(text, [2]))).toEqual({
      rows: [{ n: 3 }],
    });
    expect(await prepared(text)).toBe('1');
    expect((await testDb.db.query<{ n: number }>(text, [3])).rows).toEqual([{ n: 4 }]);
    expect(await prepared(text)).toBe('1');
  });

  it('reads rows with a prepared statement after a column was added to their table', async () => {
    const id = randomUUID();
    await insertRows(testDb.db, [
      {
        table: 'cases',
        id,
        departmentId: hrss,
        version: 1,
        deleted: false,
        fields: { applicantName: '宋春梅' },
        fieldStamps: {},
        updatedBy: 'staff-JN-RS-001',
        updatedClient: 'desk-1',
        updatedAt: '2026-12-01T01:00:00.000Z',
      },
    ]);
    const read = () => loadRows(testDb.db, [{ table: 'cases', id }]);
    await read();
    await read();
    await testDb.db.exec('ALTER TABLE rows ADD COLUMN added_later text');
    expect((await read()).map((row) => row.fields)).toEqual([{ applicantName: '宋春梅' }]);
  });
});

describe.runIf(databaseUrl)('a server whose tables gain a column while it runs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgres');
  });
  afterAll(() => server.close());

  const work = async (clientId: string, seq: number) => {
    const token = await login(server.api, 'rs-staff', `desk-${clientId}`);
    const id = randomUUID();
    const pushed = await push(server.api, token, clientId, [mutation(seq, 'cases', id, caseFields(hrss))]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.results.map((result) => result.status)).toEqual(['applied']);
    const pulled = await pull(server.api, token, 0, 1000, clientId);
    expect(pulled.status).toBe(200);
    expect(pulled.body.rows.some((row) => row.id === id)).toBe(true);
  };

  it('signs in, pushes and pulls as before once every table has one more column', async () => {
    const clientId = `client-${randomUUID()}`;
    for (let seq = 1; seq <= 3; seq += 1) await work(clientId, seq);
    const { rows: tables } = await server.database.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const { name } of tables)
      await server.database.exec(`ALTER TABLE "${name}" ADD COLUMN added_later text`);
    for (let seq = 4; seq <= 6; seq += 1) await work(clientId, seq);
  });
});
