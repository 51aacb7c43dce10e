import type { Browser } from 'playwright-core';
import { createSession } from '../../server/auth/sessions';
import { startServer } from '../../server/startServer';
import { openTestDatabase } from '../../server/testing/testDatabase';
import { silentLogger } from '../../server/log/logger';
import { newDesk } from '../e2e/support/browser';
import { call, openBenchPage } from './browserBenches';
import { ms, type BenchRow } from './report';
import { generationPool, prepareDepartment, scopedBenchNow } from './scoped-sync';

/**
 * Issue #9's first sync over real HTTP: `rows` cases of one department generated on PostgreSQL (the
 * scope bench's generator), the real server on loopback in this process, and a new desk in Chromium
 * pulling them all (contract v1, the department's whole history) with the client's own code.
 */
export const httpFirstSyncRows = async (
  browser: Browser,
  appUrl: string,
  rows: number,
  notes: string[],
): Promise<BenchRow[]> => {
  const figure = `First sync of a new desk over real HTTP from PostgreSQL (${rows.toLocaleString('en')} cases)`;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    return [
      {
        figure,
        target: '≥ 0.7 of raw bulkPut',
        measured: '—',
        baseline: 'DATABASE_URL not set',
        verdict: 'skipped',
      },
    ];
  const testDb = await openTestDatabase('postgres', databaseUrl, generationPool);
  try {
    // 400 days: the generator spreads the cases over them, round-robin over 12 halls.
    await prepareDepartment(testDb.db, rows, 400, (line) => console.log(`bench: ${line}`));
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      database: testDb.db,
      now: () => scopedBenchNow,
      logger: silentLogger(),
    });
    const { context, page } = await newDesk(browser);
    try {
      const { token } = await createSession(
        testDb.db,
        'staff-JN-RS-001',
        'bench-http-first-sync',
        scopedBenchNow,
      );
      await openBenchPage(page, appUrl);
      console.log('bench: first sync over HTTP in Chromium…');
      const result = await call(page, 'httpFirstSync', server.url, token);
      console.log(`bench:   ${JSON.stringify(result)}`);
      notes.push(
        `First sync over HTTP: tests/bench/http-first-sync.ts (\`benchHttpFirstSync\`) in Chromium on real IndexedDB, against the real sync server on loopback (in the bench's Node process) over PostgreSQL holding ${rows.toLocaleString('en')} generated cases of one department (tests/bench/scoped-sync.ts's generator) and the demo seed: ${result.rows.toLocaleString('en')} rows pulled by a new desk as rs-staff (contract v1, the department's whole history) in pages of ${result.pageSize}, through createSyncHttp and the page's fetch (cross-origin, so each page has its CORS preflight, as in the app). The baseline is raw Dexie bulkPut of the same rows, as received, into a fresh database in the same run; the ratio is baseline / sync, medians of 3 alternating rounds. The pages alone over HTTP (fetched and parsed, nothing stored) took ${ms(result.fetchOnlyMs)}.`,
      );
      return [
        {
          figure: `First sync of a new desk over real HTTP from PostgreSQL: ${result.rows.toLocaleString('en')} rows (pages of ${result.pageSize})`,
          target: '≥ 0.7 of raw bulkPut speed',
          measured: ms(result.syncMs),
          baseline: `${result.ratio.toFixed(2)} of raw Dexie bulkPut (${ms(result.baselineMs)}); pages alone over HTTP ${ms(result.fetchOnlyMs)}`,
          verdict: result.ratio >= 0.7 ? 'pass' : 'FAIL',
        },
      ];
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    await testDb.drop();
  }
};
