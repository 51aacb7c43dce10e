import 'fake-indexeddb/auto';
import { createSession } from '../../server/auth/sessions';
import { seedDemo } from '../../server/seedDemo';
import { startServer } from '../../server/startServer';
import { openTestDatabase } from '../../server/testing/testDatabase';
import type { Database } from '../../server/db/types';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { setMeta } from '../../renderer/db/meta';
import { SyncEngine } from '../../renderer/sync/engine';
import { setSyncState } from '../../renderer/sync/stores';
import type { Desk, Role } from '../../shared/domain/organization';

/**
 * Replication scopes at city scale (issue #10): a department with `cases` cases over `years` years in
 * 12 halls, generated in SQL on PostgreSQL (one INSERT … SELECT generate_series, not through push);
 * then new desks' first syncs through the real HTTP server and the client's own sync engine in Node
 * on fake-indexeddb, and the bytes a clerk's desk pulls on a busy day. Not a test: it measures.
 */
export type ScopedSyncBenchOptions = {
  databaseUrl: string;
  cases?: number;
  years?: number;
  /** Cases the department records on the busy day (every hall together). */
  busyDayCases?: number;
  log?: (line: string) => void;
};

export type DeskSync = { rows: number; seconds: number; wireBytes: number; storedBytes: number };

export type ScopedSyncBenchResult = {
  cases: number;
  halls: number;
  generateSeconds: number;
  clerk: DeskSync;
  supervisor: DeskSync;
  busyDay: { cases: number; versions: number; clerkBytes: number; clerkRows: number; unscopedBytes: number };
};

const department = 'dept-JN-RS';
const clerkHall = 'hall-JN-RS-ZWDT';
const today = '2026-11-27';
/** Mid-afternoon, hall time: the busy day is under way. */
const now = new Date('2026-11-27T07:00:00.000Z');
const extraHalls = Array.from({ length: 10 }, (_, i) => `hall-JN-RS-X${String(i + 1).padStart(2, '0')}`);

const isoText = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`;

/**
 * Cases spread evenly over the days up to today, round-robin over the halls. Today's are partly open;
 * 3% of the last 30 days' await a return visit (需补正), 0.05% of older ones were never collected.
 * The scope columns are filled exactly as a push would fill them (server/sync/rowScope.ts).
 */
const insertCasesSql = `
  WITH made AS (
    SELECT g, ($3::date - (($2::int - 1) - ((g - 1) * $2::bigint / $1::bigint))::int) AS day,
           ($5::text[])[1 + (g % cardinality($5::text[]))] AS hall
      FROM generate_series(1, $1::bigint) AS g),
  shaped AS (
    SELECT g, day, hall, (day::timestamp - interval '8 hours' + interval '1 hour' + (g % 480) * interval '1 minute') AS started,
           CASE WHEN day = $3::date AND g % 5 = 0 THEN 'inProgress'
                WHEN day = $3::date AND g % 5 = 1 THEN 'started'
                WHEN day >= $3::date - 30 AND g % 33 = 0 THEN 'needsSupplement'
                WHEN day < $3::date - 30 AND g % 2000 = 0 THEN 'needsSupplement'
                WHEN g % 20 = 0 THEN 'transferred'
                ELSE 'completedInOneVisit' END AS status
      FROM made)
  INSERT INTO rows (table_name, id, department_id, version, deleted, fields, field_versions, updated_by,
                    updated_client, updated_at, hall_id, scope_day, scope_current, current_from,
                    scope_everywhere, everywhere_from)
  SELECT 'cases', 'bench-case-' || g, $6::text, $4::bigint + g, false,
         jsonb_build_object(
           'itemId', 'item-370800-RS-GG-001', 'itemCode', '370800-RS-GG-001', 'itemName', '失业保险金申领',
           'departmentId', $6::text, 'hallId', hall, 'windowId', hall || '-W' || (1 + g % 8),
           'staffId', 'staff-JN-RS-00' || (1 + g % 3), 'applicantName', '申请人' || (g % 9973),
           'applicantIdNumber', '370802' || lpad((g % 100000000)::text, 8, '0') || '0012',
           'status', status, 'completedStepIds', '["s1","s2"]'::jsonb, 'receivedMaterialIds', '["m1","m2","m3"]'::jsonb,
           'startedAt', ${isoText('started')}, 'day', day::text,
           'promisedBy', ${isoText("started + interval '5 days'")},
           'finishedAt', CASE WHEN status IN ('started', 'inProgress', 'needsSupplement') THEN NULL
                              ELSE ${isoText("started + interval '25 minutes'")} END,
           'outcomeNote', '', 'transferredTo', CASE WHEN status = 'transferred' THEN '市社保中心' END,
           'supplementNotice', CASE WHEN status = 'needsSupplement' THEN jsonb_build_object(
               'number', 'GZ-' || g, 'issuedAt', ${isoText("started + interval '20 minutes'")},
               'missingMaterialIds', '["m2"]'::jsonb) END,
           'rating', CASE WHEN status IN ('completedInOneVisit', 'transferred')
                          THEN jsonb_build_object('level', 5, 'comment', '') END),
         '{}'::jsonb, 'staff-JN-RS-001', 'bench-generator', started + interval '25 minutes', hall, day,
         status IN ('started', 'inProgress', 'needsSupplement'),
         CASE WHEN status IN ('started', 'inProgress', 'needsSupplement') THEN $4::bigint + g END,
         status = 'needsSupplement', CASE WHEN status = 'needsSupplement' THEN $4::bigint + g END
    FROM shaped`;

const counter = async (db: Database) =>
  Number(
    (await db.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1')).rows[0]?.value,
  );

const generate = async (db: Database, cases: number, days: number, halls: string[]) => {
  const base = await counter(db);
  await db.query(insertCasesSql, [cases, days, today, base, halls, department]);
  await db.query('UPDATE version_counter SET value = $1 WHERE id = 1', [base + cases]);
  await db.query('ANALYZE rows');
};

/**
 * The busy day: `count` new cases across the halls, each written 4 times more (steps, materials,
 * finish, rating) — as other desks' pushes would leave them, with fresh versions.
 */
const busyDay = async (db: Database, count: number, halls: string[]): Promise<number> => {
  const base = await counter(db);
  await db.query(insertCasesSql.replaceAll("'bench-case-'", "'bench-busy-'"), [
    count,
    1,
    today,
    base,
    halls,
    department,
  ]);
  let version = base + count;
  for (let pass = 0; pass < 4; pass += 1) {
    await db.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM rows
                          WHERE table_name = 'cases' AND id LIKE 'bench-busy-%')
       UPDATE rows SET version = $1::bigint + numbered.n,
              fields = jsonb_set(rows.fields, '{outcomeNote}', to_jsonb('第' || $2::int || '次更新'))
         FROM numbered WHERE rows.table_name = 'cases' AND rows.id = numbered.id`,
      [version, pass + 1],
    );
    version += count;
  }
  await db.query('UPDATE version_counter SET value = $1 WHERE id = 1', [version]);
  return count * 5;
};

/** A fetch that counts the bytes of every response body (what crossed the wire, uncompressed). */
const countingFetch = () => {
  const counted = { bytes: 0 };
  const fetchImpl = async (input: string, init?: RequestInit) => {
    const response = await fetch(input, init);
    const body = await response.arrayBuffer();
    counted.bytes += body.byteLength;
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { counted, fetchImpl };
};

/** Payload stored in the desk's IndexedDB: the JSON size of every record of every store (no indexes). */
const storedBytes = async (db: OnceDeskDb): Promise<number> => {
  let total = 0;
  for (const table of db.tables) {
    await table.each((record) => {
      total += Buffer.byteLength(JSON.stringify(record));
    });
  }
  return total;
};

type Desk_ = { db: OnceDeskDb; engine: SyncEngine; counted: { bytes: number } };

const openDesk = async (
  database: Database,
  serverUrl: string,
  staff: { id: string; name: string; roles: Role[]; username: string },
): Promise<Desk_> => {
  const db = openDatabase(`bench-scoped-${staff.username}-${Math.random().toString(36).slice(2)}`);
  const { counted, fetchImpl } = countingFetch();
  const engine = new SyncEngine({ db, fetch: fetchImpl, now: () => now });
  const { token, expiresAt } = await createSession(database, staff.id, `bench-${staff.username}`, now);
  await setSyncState(db, 'serverUrl', serverUrl);
  await setSyncState(db, 'session', {
    token,
    expiresAt: expiresAt.toISOString(),
    username: staff.username,
    staff: { id: staff.id, name: staff.name, roles: staff.roles, departmentId: department },
  });
  const desk = {
    departmentId: department,
    hallId: clerkHall,
    windowId: 'win-JN-RS-ZWDT-01',
    staffId: staff.id,
  };
  await setMeta(db, 'desk', desk as Desk);
  return { db, engine, counted };
};

const firstSync = async (desk: Desk_): Promise<DeskSync> => {
  const started = performance.now();
  const outcome = await desk.engine.sync();
  const seconds = (performance.now() - started) / 1000;
  if (outcome !== 'synced')
    throw new Error(`first sync ended ${outcome}: ${JSON.stringify(desk.engine.status.get())}`);
  return {
    rows: (await desk.db.cases.count()) + (await desk.db.items.count()),
    seconds,
    wireBytes: desk.counted.bytes,
    storedBytes: await storedBytes(desk.db),
  };
};

/** The bytes an unscoped (contract v1) desk would pull from `since`: the same pages, not applied. */
const unscopedBytes = async (api: string, token: string, since: number): Promise<number> => {
  let bytes = 0;
  let cursor = since;
  for (;;) {
    const response = await fetch(`${api}/sync/pull?since=${cursor}&limit=1000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    bytes += Buffer.byteLength(text);
    const page = JSON.parse(text) as { cursor: number; hasMore: boolean };
    cursor = page.cursor;
    if (!page.hasMore) return bytes;
  }
};

/** One INSERT … SELECT of a million rows runs for minutes: past the server's 30 s statement bound. */
export const generationPool = { statementTimeoutMs: 900_000 };

/** The bench's server-side data: the demo seed, 12 halls, and `cases` cases over `days` days. */
export const prepareDepartment = async (
  db: Database,
  cases: number,
  days: number,
  log: (line: string) => void,
): Promise<{ halls: string[]; generateSeconds: number }> => {
  await seedDemo(db, now);
  for (const hall of extraHalls)
    await db.query('INSERT INTO halls (id, department_id, name) VALUES ($1, $2, $3)', [
      hall,
      department,
      hall,
    ]);
  const halls = [clerkHall, 'hall-JN-RS-SBZX', ...extraHalls];
  log(`generating ${cases.toLocaleString('en')} cases over ${days} days in ${halls.length} halls`);
  const generateStarted = performance.now();
  await generate(db, cases, days, halls);
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  log(`generated in ${generateSeconds.toFixed(1)} s`);
  return { halls, generateSeconds };
};

/** The instant the bench's data is generated for (the server's clock during the bench). */
export const scopedBenchNow = now;

export const benchScopedSync = async (options: ScopedSyncBenchOptions): Promise<ScopedSyncBenchResult> => {
  const log = options.log ?? (() => undefined);
  const cases = options.cases ?? 1_000_000;
  const days = Math.round((options.years ?? 3) * 365);
  const testDb = await openTestDatabase('postgres', options.databaseUrl, generationPool);
  const { db } = testDb;
  try {
    const { halls, generateSeconds } = await prepareDepartment(db, cases, days, log);

    const server = await startServer({ host: '127.0.0.1', port: 0, database: db, now: () => now });
    try {
      const clerkDesk = await openDesk(db, server.url, {
        id: 'staff-JN-RS-001',
        name: '王晓燕',
        roles: ['staff'],
        username: 'rs-staff',
      });
      const clerk = await firstSync(clerkDesk);
      log(`clerk first sync: ${clerk.rows} rows in ${clerk.seconds.toFixed(1)} s`);

      const busyCases = options.busyDayCases ?? 3000;
      const versions = await busyDay(db, busyCases, halls);
      const before = clerkDesk.counted.bytes;
      const casesBefore = await clerkDesk.db.cases.count();
      const outcome = await clerkDesk.engine.sync();
      if (outcome !== 'synced') throw new Error(`busy-day sync ended ${outcome}`);
      const clerkBytes = clerkDesk.counted.bytes - before;
      const clerkRows = (await clerkDesk.db.cases.count()) - casesBefore;
      const token = (await createSession(db, 'staff-JN-RS-002', 'bench-unscoped', now)).token;
      const since = (await counter(db)) - versions;
      const unscoped = await unscopedBytes(`${server.url}/api/v1`, token, since);
      log(`busy day: clerk pulled ${clerkBytes} bytes, an unscoped desk ${unscoped}`);
      clerkDesk.db.close();
      await clerkDesk.db.delete();

      const supervisorDesk = await openDesk(db, server.url, {
        id: 'staff-JN-RS-006',
        name: '赵建国',
        roles: ['supervisor'],
        username: 'rs-chief',
      });
      const supervisor = await firstSync(supervisorDesk);
      log(`supervisor first sync: ${supervisor.rows} rows in ${supervisor.seconds.toFixed(1)} s`);
      supervisorDesk.db.close();
      await supervisorDesk.db.delete();
      return {
        cases,
        halls: halls.length,
        generateSeconds,
        clerk,
        supervisor,
        busyDay: { cases: busyCases, versions, clerkBytes, clerkRows, unscopedBytes: unscoped },
      };
    } finally {
      await server.close();
    }
  } finally {
    await testDb.drop();
  }
};
