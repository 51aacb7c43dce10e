import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pushResponseSchema } from '../../shared/sync/contract';
import { retryAfterMs } from '../../renderer/sync/http';
import { createSession } from '../../server/auth/sessions';
import { seedDemo } from '../../server/seedDemo';
import { openTestDatabase } from '../../server/testing/testDatabase';
import type { Database } from '../../server/db/types';
import { caseFields, civilAffairs, hrss } from '../sync/serverClient';
import { runAsScript, startServerProcess, stopServerProcess } from './serverProcess';
import { percentile } from './stormStats';

/**
 * Reconnect storm (issue #9): after an outage every desk comes back at once with a backlog. `desks`
 * lightweight desks — the sync contract over plain fetch, each with its own session, clientId and an
 * outbox of `queued` case writes — connect at random moments within `connectWithinMs` against the
 * real server CLI (`--workers N`) on PostgreSQL, push their outbox the way the app does (batches of at
 * most 500 in seq order, the same batch resent until acknowledged), honour 503 + Retry-After with the
 * app's jitter (renderer/sync/triggers.ts: the wait plus up to half again), then pull once from where
 * they were before the outage. Afterwards every acknowledged write is looked up on the server. Not a
 * test: it measures; bounded by `deadlineMs` (desks still holding work then are reported, not waited for).
 */
export type ReconnectStormOptions = {
  databaseUrl: string;
  desks?: number;
  /** Mutations waiting in each desk's outbox when it reconnects. */
  queued?: number;
  connectWithinMs?: number;
  /** Server processes (`npm run server -- --workers N`). */
  workers?: number;
  deadlineMs?: number;
  log?: (line: string) => void;
  /** Where the server's own log lines (LOG_LEVEL error: failures with their stack) are appended. */
  serverLogFile?: string;
};

export type ReconnectStormResult = {
  desks: number;
  queued: number;
  workers: number;
  cores: number;
  mutations: number;
  /** First connection until the last outbox was empty. */
  drainMs: number;
  mutationsPerSecond: number;
  pushes: number;
  pushP50Ms: number;
  pushP95Ms: number;
  pushMaxMs: number;
  /** 503 answers that carried Retry-After (load shed as designed). */
  busy: number;
  /** Any other 5xx, or a 503 without Retry-After: a failure of the design. */
  otherServerErrors: number;
  /** Refused connections, resets, timeouts; by cause (ECONNRESET, UND_ERR_SOCKET, TimeoutError…). */
  networkErrors: number;
  networkCauses: Record<string, number>;
  /** Statuses other than 200/503, counted by status (each is a harness or server bug). */
  unexpected: Record<string, number>;
  lost: number;
  duplicated: number;
  /** `duplicate` answers: resends the server recognised (after a lost answer), not double applications. */
  recognisedResends: number;
  rejected: number;
  /** Desks whose outbox was not empty at the deadline. */
  unfinished: number;
  pullP95Ms: number;
};

const at = '2026-11-27T01:00:00.000Z';
const maxBatch = 500;

type StormDesk = {
  index: number;
  clientId: string;
  token: string;
  departmentId: string;
  rowIds: string[];
  /** Mutations acknowledged so far (the outbox holds the rest). */
  acked: number;
};

type Stats = {
  latencies: number[];
  pullLatencies: number[];
  pushes: number;
  busy: number;
  otherServerErrors: number;
  networkErrors: number;
  networkCauses: Record<string, number>;
  unexpected: Record<string, number>;
  applied: number;
  duplicateResults: number;
  rejected: number;
  lastEmptyAt: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const note = (desk: StormDesk, seq: number) => `storm ${desk.index}-${seq}`;

const mutationAt = (desk: StormDesk, seq: number) => ({
  seq,
  mutationId: `${desk.clientId}-${seq}`,
  table: 'cases',
  op: 'upsert',
  rowId: desk.rowIds[seq - 1]!,
  fields: caseFields(desk.departmentId, { outcomeNote: note(desk, seq) }),
  baseVersion: 0,
  at,
});

/** The app's answer to a refusal: the server's Retry-After plus up to half again (triggers.ts). */
const waitRetryAfter = (header: string | null) =>
  sleep(Math.round(retryAfterMs(header) * (1 + Math.random() / 2)));

type Outcome = 'ok' | 'retry';

/** One request as a desk makes it; classifies the answer into the stats. */
const request = async (
  stats: Stats,
  url: string,
  init: RequestInit,
): Promise<{ outcome: Outcome; body?: unknown; ms?: number }> => {
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    // The app's own bound on a request (renderer/sync/http.ts); the body read counts against it too.
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    text = await response.text();
  } catch (error) {
    stats.networkErrors += 1;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const key = cause?.code ?? cause?.message ?? (error instanceof Error ? error.name : String(error));
    stats.networkCauses[key] = (stats.networkCauses[key] ?? 0) + 1;
    await sleep(1000 + Math.random() * 2000);
    return { outcome: 'retry' };
  }
  const ms = performance.now() - started;
  if (response.status === 200) return { outcome: 'ok', body: JSON.parse(text) as unknown, ms };
  const retryAfter = response.headers.get('retry-after');
  if (response.status === 503 && retryAfter !== null) stats.busy += 1;
  else if (response.status >= 500) stats.otherServerErrors += 1;
  else {
    const key = `${response.status} ${text.slice(0, 80)}`;
    stats.unexpected[key] = (stats.unexpected[key] ?? 0) + 1;
  }
  await waitRetryAfter(retryAfter);
  return { outcome: 'retry' };
};

const runDesk = async (
  desk: StormDesk,
  api: string,
  queued: number,
  startAt: number,
  deadline: number,
  pullSince: number,
  stats: Stats,
) => {
  await sleep(Math.max(0, startAt - Date.now()));
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${desk.token}` };
  while (desk.acked < queued && Date.now() < deadline) {
    const mutations = Array.from({ length: Math.min(maxBatch, queued - desk.acked) }, (_, i) =>
      mutationAt(desk, desk.acked + i + 1),
    );
    const reply = await request(stats, `${api}/sync/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ clientId: desk.clientId, schemaVersion: 1, mutations }),
    });
    if (reply.outcome !== 'ok') continue;
    const answer = pushResponseSchema.parse(reply.body);
    stats.latencies.push(reply.ms!);
    stats.pushes += 1;
    for (const result of answer.results) {
      if (result.status === 'applied') stats.applied += 1;
      else if (result.status === 'duplicate') stats.duplicateResults += 1;
      else stats.rejected += 1;
    }
    desk.acked += mutations.length;
  }
  if (desk.acked < queued) return;
  stats.lastEmptyAt = Math.max(stats.lastEmptyAt, Date.now());
  // Then the desk's pull from where it was before the outage (its first page: what a clerk sees first).
  while (Date.now() < deadline) {
    const reply = await request(
      stats,
      `${api}/sync/pull?since=${pullSince}&limit=1000&clientId=${encodeURIComponent(desk.clientId)}`,
      { headers: { authorization: `Bearer ${desk.token}` } },
    );
    if (reply.outcome === 'ok') {
      stats.pullLatencies.push(reply.ms!);
      return;
    }
  }
};

const counter = async (db: Database) =>
  Number(
    (await db.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1')).rows[0]?.value,
  );

/** Every acknowledged write on the server exactly as acknowledged; versions spent once per mutation. */
const verify = async (db: Database, desks: StormDesk[], versionsBefore: number) => {
  const stored = await db.query<{ id: string; note: string }>(
    `SELECT id, fields->>'outcomeNote' AS note FROM rows WHERE table_name = 'cases' AND updated_client LIKE 'storm-%'`,
  );
  const onServer = new Map(stored.rows.map((row) => [row.id, row.note]));
  let lost = 0;
  let acknowledged = 0;
  for (const desk of desks) {
    for (let seq = 1; seq <= desk.acked; seq += 1) {
      acknowledged += 1;
      if (onServer.get(desk.rowIds[seq - 1]!) !== note(desk, seq)) lost += 1;
    }
  }
  // Every storm mutation creates its own row, so a mutation applied once spends exactly one version on
  // a row of a desk; one applied twice spends a second. Rows from batches whose answer the desk never
  // got (its 30 s bound, or the run's deadline) are on the server and not acknowledged: not duplicates.
  // A resend the server recognised (`duplicate`) spends nothing and is counted apart.
  const versionsSpent = (await counter(db)) - versionsBefore;
  const known = new Set(desks.flatMap((desk) => desk.rowIds));
  const strangers = [...onServer.keys()].filter((id) => !known.has(id)).length;
  const duplicated = Math.max(0, versionsSpent - onServer.size) + strangers;
  return { lost, duplicated, acknowledged };
};

export const benchReconnectStorm = async (options: ReconnectStormOptions): Promise<ReconnectStormResult> => {
  const log = options.log ?? (() => undefined);
  const desksWanted = options.desks ?? 2_000;
  const queued = options.queued ?? 200;
  const connectWithinMs = options.connectWithinMs ?? 10_000;
  const workers = options.workers ?? 1;
  const testDb = await openTestDatabase('postgres', options.databaseUrl);
  let child: ChildProcess | undefined;
  try {
    const now = new Date();
    await seedDemo(testDb.db, now);
    const people = [
      { staffId: 'staff-JN-RS-001', departmentId: hrss },
      { staffId: 'staff-JN-MZ-001', departmentId: civilAffairs },
    ];
    // The desks signed in before the outage: their tokens are still good, so no password hashing here.
    const desks: StormDesk[] = [];
    for (let index = 0; index < desksWanted; index += 1) {
      const person = people[index % people.length]!;
      const { token } = await createSession(testDb.db, person.staffId, `storm-device-${index}`, now);
      desks.push({
        index,
        clientId: `storm-${index}-${randomUUID()}`,
        token,
        departmentId: person.departmentId,
        rowIds: Array.from({ length: queued }, () => randomUUID()),
        acked: 0,
      });
    }
    const started = await startServerProcess(
      options.databaseUrl,
      testDb.schema!,
      workers,
      options.serverLogFile ? { LOG_LEVEL: 'error' } : {},
    );
    child = started.child;
    const serverLogFile = options.serverLogFile;
    if (serverLogFile) child.stdout?.on('data', (chunk: Buffer) => appendFileSync(serverLogFile, chunk));
    const versionsBefore = await counter(testDb.db);
    const stats: Stats = {
      latencies: [],
      pullLatencies: [],
      pushes: 0,
      busy: 0,
      otherServerErrors: 0,
      networkErrors: 0,
      networkCauses: {},
      unexpected: {},
      applied: 0,
      duplicateResults: 0,
      rejected: 0,
      lastEmptyAt: 0,
    };
    log(
      `reconnect storm: ${desksWanted} desks × ${queued} queued within ${connectWithinMs / 1000} s, ${workers} worker(s)…`,
    );
    const stormStart = Date.now();
    const deadline = stormStart + (options.deadlineMs ?? 20 * 60_000);
    const progress = setInterval(() => {
      const empty = desks.filter((desk) => desk.acked >= queued).length;
      log(
        `  ${((Date.now() - stormStart) / 1000).toFixed(0)} s: ${empty}/${desksWanted} outboxes empty, ${stats.busy} × 503`,
      );
    }, 10_000);
    try {
      await Promise.all(
        desks.map((desk) =>
          runDesk(
            desk,
            started.api,
            queued,
            stormStart + Math.random() * connectWithinMs,
            deadline,
            versionsBefore,
            stats,
          ),
        ),
      );
    } finally {
      clearInterval(progress);
    }
    const unfinished = desks.filter((desk) => desk.acked < queued).length;
    const drainMs = (unfinished > 0 ? deadline : stats.lastEmptyAt) - stormStart;
    const { lost, duplicated, acknowledged } = await verify(testDb.db, desks, versionsBefore);
    const result: ReconnectStormResult = {
      desks: desksWanted,
      queued,
      workers,
      cores: availableParallelism(),
      mutations: acknowledged,
      drainMs,
      mutationsPerSecond: Math.round(acknowledged / (drainMs / 1000)),
      pushes: stats.pushes,
      pushP50Ms: Math.round(percentile(stats.latencies, 50)),
      pushP95Ms: Math.round(percentile(stats.latencies, 95)),
      pushMaxMs: Math.round(percentile(stats.latencies, 100)),
      busy: stats.busy,
      otherServerErrors: stats.otherServerErrors,
      networkErrors: stats.networkErrors,
      networkCauses: stats.networkCauses,
      unexpected: stats.unexpected,
      lost,
      duplicated,
      recognisedResends: stats.duplicateResults,
      rejected: stats.rejected,
      unfinished,
      pullP95Ms: Math.round(percentile(stats.pullLatencies, 95)),
    };
    log(`  ${JSON.stringify(result)}`);
    return result;
  } finally {
    if (child) await stopServerProcess(child);
    await testDb.drop();
  }
};

runAsScript(import.meta.url, (databaseUrl) =>
  benchReconnectStorm({
    databaseUrl,
    desks: Number(process.env.STORM_DESKS || 2_000),
    queued: Number(process.env.STORM_QUEUED || 200),
    workers: Number(process.env.STORM_WORKERS || 1),
    connectWithinMs: Number(process.env.STORM_CONNECT_MS || 10_000),
    deadlineMs: Number(process.env.STORM_DEADLINE_MS || 20 * 60_000),
    ...(process.env.STORM_SERVER_LOG ? { serverLogFile: process.env.STORM_SERVER_LOG } : {}),
    log: (line) => console.log(line),
  }),
);
