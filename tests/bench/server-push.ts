import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { pushResponseSchema } from '../../shared/sync/contract';
import { createSession } from '../../server/auth/sessions';
import { seedDemo } from '../../server/seedDemo';
import { openTestDatabase } from '../../server/testing/testDatabase';
import type { Database } from '../../server/db/types';
import { caseFields, hrss, civilAffairs } from '../sync/serverClient';
import { runAsScript, startServerProcess, stopServerProcess } from './serverProcess';

/**
 * Push throughput through the real HTTP endpoint against a raw batched SQL insert of the same rows in
 * the same run, and a many-desks concurrency run that checks nothing is lost or applied twice.
 * Not a test: it measures, and `npm run bench` records the figures.
 */
export type ServerPushBenchOptions = {
  databaseUrl: string;
  /** Mutations pushed in the throughput run (batches of 500). */
  mutations?: number;
  desks?: number;
  durationMs?: number;
  /** Pause between a desk's pushes; desks push shortly after local writes, not in a tight loop. */
  thinkMs?: number;
  log?: (line: string) => void;
};

export type ServerPushBenchResult = {
  throughput: {
    mutations: number;
    batchSize: number;
    pushPerSecond: number;
    rawInsertPerSecond: number;
    /** push / raw insert */
    ratio: number;
  };
  concurrency: {
    desks: number;
    durationMs: number;
    pushes: number;
    acknowledgedMutations: number;
    mutationsPerSecond: number;
    lost: number;
    duplicated: number;
    failedPushes: number;
    p50LatencyMs: number;
    p95LatencyMs: number;
  };
};

const batchSize = 500;
const at = '2026-11-27T01:00:00.000Z';

/** Ids as a desk makes them (renderer/db/mutate.ts, caseWrites.ts): UUIDv7, so they rise with time. */
const newCase = (seq: number, departmentId: string, rowId: string = uuidv7()) => ({
  seq,
  mutationId: uuidv7(),
  table: 'cases',
  op: 'upsert',
  rowId,
  fields: caseFields(departmentId),
  baseVersion: 0,
  at,
});

const postPush = async (api: string, token: string, clientId: string, mutations: unknown[]) => {
  const response = await fetch(`${api}/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ clientId, schemaVersion: 1, mutations }),
  });
  if (response.status !== 200) throw new Error(`push ${response.status}: ${await response.text()}`);
  return pushResponseSchema.parse(await response.json());
};

const token = async (db: Database, staffId: string, deviceId: string) =>
  (await createSession(db, staffId, deviceId, new Date())).token;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const round = (value: number) => Math.round(value * 10) / 10;

/** One batch as a multi-row INSERT straight into `bench_raw_rows`, a copy of the rows table. */
const rawInsert = async (
  db: Database,
  batch: readonly ReturnType<typeof newCase>[],
  clientId: string,
  firstVersion: number,
) => {
  const params: unknown[] = [];
  const values = batch.map((m, index) => {
    const version = firstVersion + index;
    const stamp = { v: version, s: 'staff-JN-RS-001', n: '王晓燕', c: clientId };
    params.push(
      m.table,
      m.rowId,
      hrss,
      version,
      false,
      JSON.stringify(m.fields),
      JSON.stringify(Object.fromEntries(Object.keys(m.fields).map((key) => [key, stamp]))),
      'staff-JN-RS-001',
      clientId,
      at,
    );
    const base = params.length - 10;
    return `(${Array.from({ length: 10 }, (_, i) => `$${base + i + 1}`).join(', ')})`;
  });
  await db.query(
    `INSERT INTO bench_raw_rows (table_name, id, department_id, version, deleted, fields, field_versions,
       updated_by, updated_client, updated_at) VALUES ${values.join(', ')}`,
    params,
  );
};

/**
 * Each batch is pushed and then raw-inserted, turn about, and each side's time is summed: a machine
 * whose load changes during the run slows both alike instead of whichever ran second.
 */
const measureThroughput = async (db: Database, api: string, total: number) => {
  const deskToken = await token(db, 'staff-JN-RS-001', 'bench-throughput');
  const clientId = `bench-${randomUUID()}`;
  const batches = Math.ceil(total / batchSize);
  const made = Array.from({ length: batches }, (_, b) =>
    Array.from({ length: batchSize }, (_, i) => newCase(b * batchSize + i + 1, hrss)),
  );
  await db.query('CREATE TABLE bench_raw_rows (LIKE rows INCLUDING ALL)');
  // One warm-up batch each (JIT, connection pool, plan cache), on another client and other rows, not counted.
  const warmUp = made[0]!.map((m) => ({ ...m, rowId: uuidv7(), mutationId: uuidv7() }));
  await postPush(api, deskToken, `${clientId}-warm`, warmUp);
  await rawInsert(db, warmUp, `${clientId}-warm`, 1);
  let pushMs = 0;
  let rawMs = 0;
  for (const [index, batch] of made.entries()) {
    const pushStarted = performance.now();
    const reply = await postPush(api, deskToken, clientId, batch);
    pushMs += performance.now() - pushStarted;
    if (reply.results.some((result) => result.status !== 'applied'))
      throw new Error('a bench mutation was not applied');
    const rawStarted = performance.now();
    await rawInsert(db, batch, clientId, batchSize * (index + 1) + 1);
    rawMs += performance.now() - rawStarted;
  }
  const mutations = batches * batchSize;
  return {
    mutations,
    batchSize,
    pushPerSecond: round(mutations / (pushMs / 1000)),
    rawInsertPerSecond: round(mutations / (rawMs / 1000)),
    ratio: Math.round((rawMs / pushMs) * 1000) / 1000,
  };
};

type Desk = {
  clientId: string;
  token: string;
  departmentId: string;
  seq: number;
  /** Acknowledged: rowId -> outcomeNote the server must hold. */
  acked: Map<string, string>;
};

const runDesk = async (
  desk: Desk,
  api: string,
  deadline: number,
  thinkMs: number,
  stats: {
    latencies: number[];
    pushes: number;
    failed: number;
    duplicated: number;
  },
) => {
  // Each desk starts at its own moment within one think time, as a hall's desks are spread over the
  // second. All 200 first pushes in the same millisecond are a reconnect storm, measured on its own
  // (tests/bench/reconnect-storm.ts): here they were 3–6% of a 30 s run's pushes and set its p95 alone.
  await new Promise((resolve) => setTimeout(resolve, thinkMs * Math.random()));
  while (Date.now() < deadline) {
    const mutations: ReturnType<typeof newCase>[] = [];
    const writes = new Map<string, string>();
    const count = 1 + Math.floor(Math.random() * 5);
    const known = [...desk.acked.keys()];
    for (let i = 0; i < count; i += 1) {
      desk.seq += 1;
      const update =
        known.length > 0 && Math.random() < 0.4 ? known[Math.floor(Math.random() * known.length)] : undefined;
      const note = `note-${desk.seq}`;
      if (update) {
        mutations.push({
          ...newCase(desk.seq, desk.departmentId, update),
          fields: { outcomeNote: note } as never,
        });
        writes.set(update, note);
      } else {
        const created = newCase(desk.seq, desk.departmentId);
        created.fields = { ...created.fields, outcomeNote: note };
        mutations.push(created);
        writes.set(created.rowId, note);
      }
    }
    // A desk resends the same batch until it is acknowledged, as the real outbox does.
    for (;;) {
      const started = performance.now();
      try {
        const reply = await postPush(api, desk.token, desk.clientId, mutations);
        stats.latencies.push(performance.now() - started);
        stats.pushes += 1;
        stats.duplicated += reply.results.filter((result) => result.status !== 'applied').length;
        break;
      } catch {
        stats.failed += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    for (const [rowId, note] of writes) desk.acked.set(rowId, note);
    await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
  }
};

export const measureConcurrency = async (
  db: Database,
  api: string,
  desks: number,
  durationMs: number,
  thinkMs: number,
  /** The desks' clientId prefix: runs sharing one database look up only their own rows. */
  prefix = 'desk',
) => {
  const people = [
    { staffId: 'staff-JN-RS-001', departmentId: hrss },
    { staffId: 'staff-JN-MZ-001', departmentId: civilAffairs },
  ];
  const all: Desk[] = [];
  for (let i = 0; i < desks; i += 1) {
    const person = people[i % people.length]!;
    all.push({
      clientId: `${prefix}-${i}-${randomUUID()}`,
      token: await token(db, person.staffId, `bench-desk-${i}`),
      departmentId: person.departmentId,
      seq: 0,
      acked: new Map(),
    });
  }
  const stats = { latencies: [] as number[], pushes: 0, failed: 0, duplicated: 0 };
  const started = Date.now();
  await Promise.all(all.map((desk) => runDesk(desk, api, started + durationMs, thinkMs, stats)));
  const elapsed = Date.now() - started;

  // Every acknowledged write must be on the server exactly as last acknowledged; nothing extra.
  let lost = 0;
  let acknowledged = 0;
  const expected = new Map<string, string>();
  for (const desk of all) for (const [rowId, note] of desk.acked) expected.set(rowId, note);
  const stored = await db.query<{ id: string; note: string }>(
    `SELECT id, fields->>'outcomeNote' AS note FROM rows WHERE table_name = 'cases' AND updated_client LIKE $1`,
    [`${prefix}-%`],
  );
  const onServer = new Map(stored.rows.map((row) => [row.id, row.note]));
  for (const [rowId, note] of expected) {
    acknowledged += 1;
    if (onServer.get(rowId) !== note) lost += 1;
  }
  const extra = [...onServer.keys()].filter((id) => !expected.has(id)).length;
  const totalMutations = all.reduce((sum, desk) => sum + desk.seq, 0);
  return {
    desks,
    durationMs: elapsed,
    pushes: stats.pushes,
    acknowledgedMutations: totalMutations,
    mutationsPerSecond: round(totalMutations / (elapsed / 1000)),
    lost,
    duplicated: stats.duplicated + extra,
    failedPushes: stats.failed,
    p50LatencyMs: round(percentile(stats.latencies, 50)),
    p95LatencyMs: round(percentile(stats.latencies, 95)),
    acknowledgedRows: acknowledged,
  };
};

export const benchServerPush = async (options: ServerPushBenchOptions): Promise<ServerPushBenchResult> => {
  const log = options.log ?? (() => undefined);
  const testDb = await openTestDatabase('postgres', options.databaseUrl);
  let child: ChildProcess | undefined;
  try {
    await seedDemo(testDb.db, new Date());
    // One worker, explicitly: on PostgreSQL the default is one per core, and these figures are per process.
    const started = await startServerProcess(options.databaseUrl, testDb.schema!, 1);
    child = started.child;
    const { api } = started;
    log('server push: throughput…');
    const throughput = await measureThroughput(testDb.db, api, options.mutations ?? 20_000);
    log(
      `  push ${throughput.pushPerSecond}/s, raw insert ${throughput.rawInsertPerSecond}/s, ratio ${throughput.ratio}`,
    );
    log(`server push: ${options.desks ?? 200} desks for ${(options.durationMs ?? 60_000) / 1000} s…`);
    const { acknowledgedRows: _rows, ...concurrency } = await measureConcurrency(
      testDb.db,
      api,
      options.desks ?? 200,
      options.durationMs ?? 60_000,
      options.thinkMs ?? 1000,
    );
    log(`  ${JSON.stringify(concurrency)}`);
    return { throughput, concurrency };
  } finally {
    if (child) await stopServerProcess(child);
    await testDb.drop();
  }
};

runAsScript(import.meta.url, (databaseUrl) =>
  benchServerPush({
    databaseUrl,
    durationMs: Number(process.env.BENCH_DURATION_MS || 60_000),
    log: (line) => console.log(line),
  }),
);
