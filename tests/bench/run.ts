// `npm run bench`: builds the app and the bench page, measures in Debian's Chromium (and, with
// DATABASE_URL, against the sync server on PostgreSQL), and rewrites docs/benchmarks.md.
// Knobs (env): ONCEDESK_BENCH_CASES (default 100000), ONCEDESK_BENCH_ROUNDS (500),
// ONCEDESK_BENCH_HOME_LOADS (5), ONCEDESK_BENCH_SERVER_SECONDS (60), ONCEDESK_BENCH_SCOPE_CASES (1000000).
// ONCEDESK_BENCH_ONLY=certificates runs only issue #7's certificate-list figures (a minute, not an hour),
// ONCEDESK_BENCH_ONLY=duty only issue #8's bottleneck board, ONCEDESK_BENCH_ONLY=clerkStorage only issue
// #10's clerk desk storage in Chromium (needs DATABASE_URL; minutes: it generates 1,000,000 cases); each
// rewrites only its own section of docs/benchmarks.md, leaving the other figures as last measured.
// Issue #9 (need DATABASE_URL): ONCEDESK_BENCH_ONLY=storm the reconnect storm with 1 and 2 workers
// (ONCEDESK_BENCH_STORM_DESKS 2000, ONCEDESK_BENCH_STORM_QUEUED 200), =httpSync a new desk's first sync
// over real HTTP in Chromium (ONCEDESK_BENCH_CASES rows), =busyPush push p95 on a CPU-busy machine
// (ONCEDESK_BENCH_BUSY_SECONDS 30 per half), =serverPush push throughput and 200 desks at once
// (ONCEDESK_BENCH_SERVER_SECONDS).
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { build } from 'vite';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchChromium } from '../e2e/support/browser';
import { openBenchPage, runBrowserBenches } from './browserBenches';
import { certificateListRows } from './certificateListRows';
import { dutyBoardRows } from './dutyBoardRows';
import { newDesk } from '../e2e/support/browser';
import { runNodeBenches, serverRows } from './nodeBenches';
import { busyPushRows, stormRows } from './cityServerRows';
import { httpFirstSyncRows } from './httpFirstSyncRows';
import { machineSummary, renderReport, replaceSection, type BenchRow } from './report';

const numberFromEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
};

const started = performance.now();
const options = {
  cases: numberFromEnv('ONCEDESK_BENCH_CASES', 100_000),
  rounds: numberFromEnv('ONCEDESK_BENCH_ROUNDS', 500),
  homeLoads: numberFromEnv('ONCEDESK_BENCH_HOME_LOADS', 5),
  serverSeconds: numberFromEnv('ONCEDESK_BENCH_SERVER_SECONDS', 60),
  scopeCases: numberFromEnv('ONCEDESK_BENCH_SCOPE_CASES', 1_000_000),
  storm: {
    desks: numberFromEnv('ONCEDESK_BENCH_STORM_DESKS', 2_000),
    queued: numberFromEnv('ONCEDESK_BENCH_STORM_QUEUED', 200),
  },
  busySeconds: numberFromEnv('ONCEDESK_BENCH_BUSY_SECONDS', 30),
};

// The app is built into its own folder so a `vite build` running meanwhile (npm start, test:e2e) cannot
// swap the app under a running bench; the bench page's config builds into its bench/ subfolder.
const appDir = resolve('dist/bench-run');
console.log('bench: building the app and the bench page');
await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: appDir } });
await build({ configFile: resolve('tests/bench/browser/vite.config.ts'), logLevel: 'warn' });

const app = await serveStatic(appDir, { host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
const rows: BenchRow[] = [];
const notes: string[] = [];
const chromiumVersion = browser.version();
const only = process.env.ONCEDESK_BENCH_ONLY;
const sections = ['certificates', 'duty', 'clerkStorage', 'storm', 'httpSync', 'busyPush', 'serverPush'];
if (only !== undefined && !sections.includes(only))
  throw new Error(`ONCEDESK_BENCH_ONLY may be ${sections.join(' or ')}, not ${only}`);
try {
  console.log(`bench: Chromium ${chromiumVersion} against ${app.url}`);
  if (only === 'certificates') {
    const { context, page } = await newDesk(browser);
    try {
      await openBenchPage(page, app.url);
      rows.push(...(await certificateListRows(page, notes)));
    } finally {
      await context.close();
    }
  } else if (only === 'duty') rows.push(...(await dutyBoardRows(browser, app.url, notes)));
  else if (only === 'clerkStorage') {
    const { clerkStorageRows } = await import('./clerk-storage');
    rows.push(...(await clerkStorageRows(app.url, options.scopeCases, notes)));
  } else if (only === 'storm') rows.push(...(await stormRows(options.storm, notes)));
  else if (only === 'busyPush') rows.push(...(await busyPushRows(options.busySeconds, notes)));
  else if (only === 'serverPush') rows.push(...(await serverRows(options.serverSeconds, notes)));
  else if (only === 'httpSync')
    rows.push(...(await httpFirstSyncRows(browser, app.url, options.cases, notes)));
  else {
    rows.push(...(await runBrowserBenches(browser, app.url, options, notes)));
    rows.push(...(await httpFirstSyncRows(browser, app.url, options.cases, notes)));
    rows.push(...(await dutyBoardRows(browser, app.url, notes)));
  }
} finally {
  await browser.close();
  await app.close();
}
if (only !== undefined) {
  const date = new Date().toISOString().slice(0, 10);
  const machine = machineSummary(chromiumVersion);
  const path = resolve('docs/benchmarks.md');
  // Partial runs happen while others work on the machine; the load says how much to trust a tail.
  notes.push(
    `Load average (1, 5, 15 min) when the run ended: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')} on ${cpus().length} cores.`,
  );
  const section = replaceSection(await readFile(path, 'utf8'), only, {
    rows,
    notes,
    date,
    machine,
    shortMachine: machine.split(',').slice(0, 2).join(','),
    seconds: (performance.now() - started) / 1000,
  });
  await writeFile(path, section);
  console.log(section);
  process.exit(0);
}
rows.push(
  ...(await runNodeBenches(
    {
      serverSeconds: options.serverSeconds,
      scopeCases: options.scopeCases,
      storm: options.storm,
      busySeconds: options.busySeconds,
    },
    notes,
  )),
);

const date = new Date().toISOString().slice(0, 10);
const machine = machineSummary(chromiumVersion);
const report = renderReport({
  rows,
  notes,
  date,
  machine,
  shortMachine: machine.split(',').slice(0, 2).join(','),
  seconds: (performance.now() - started) / 1000,
});
await writeFile(resolve('docs/benchmarks.md'), report);
console.log(report);
