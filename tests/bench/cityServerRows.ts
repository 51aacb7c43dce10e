import type { BenchRow } from './report';

/**
 * Issue #9's server figures for docs/benchmarks.md: the reconnect storm (with 1 and 2 worker
 * processes) and push p95 on a CPU-busy machine. Both need PostgreSQL (DATABASE_URL).
 */
const skipped = (figure: string): BenchRow => ({
  figure,
  target: '—',
  measured: '—',
  baseline: 'DATABASE_URL not set: PostgreSQL figures need it',
  verdict: 'skipped',
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (value: number) => value.toLocaleString('en');

export type StormKnobs = { desks: number; queued: number };

export const stormRows = async (knobs: StormKnobs, notes: string[]): Promise<BenchRow[]> => {
  const figure = `Reconnect storm: ${count(knobs.desks)} desks × ${knobs.queued} queued mutations within 10 s (PostgreSQL)`;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return [skipped(figure)];
  const { benchReconnectStorm } = await import('./reconnect-storm');
  const log = (line: string) => console.log(`bench: ${line.trim()}`);
  const one = await benchReconnectStorm({ databaseUrl, ...knobs, workers: 1, log });
  const two = await benchReconnectStorm({ databaseUrl, ...knobs, workers: 2, log });
  notes.push(
    `Reconnect storm: tests/bench/reconnect-storm.ts (\`benchReconnectStorm\`) on PostgreSQL: the server CLI started as its own process tree (\`npm run server -- --workers N\`, a fresh schema each time), ${count(knobs.desks)} lightweight desks in the bench's process — the sync contract over fetch, each with its own session (signed in before the outage, so no password hashing), clientId and ${knobs.queued} case writes in its outbox — connecting at random moments within 10 s, pushing in seq order (batches of ≤ 500, the same batch resent until acknowledged), honouring 503 + Retry-After with the app's jitter (the wait plus up to half again), then pulling one page from where they were before the outage. Afterwards every acknowledged write is looked up on the server (lost: missing or different; duplicated: versions spent beyond the distinct acknowledged mutations, or rows nobody acknowledged; a resend after the desk's 30 s request bound that the server answers \`duplicate\` is counted apart as recognised). "Outboxes empty" runs from the storm's start until the last desk's outbox was empty; throughput is acknowledged mutations over that time. ${one.cores} cores on the machine; desks and server share them.`,
  );
  const row = (result: typeof one): BenchRow => {
    const clean =
      result.lost === 0 &&
      result.duplicated === 0 &&
      result.otherServerErrors === 0 &&
      result.unfinished === 0 &&
      result.networkErrors === 0 &&
      Object.keys(result.unexpected).length === 0;
    const causes = Object.entries(result.networkCauses)
      .map(([cause, times]) => `${cause} ×${times}`)
      .join(', ');
    const odd = Object.entries(result.unexpected)
      .map(([status, times]) => `${status} ×${times}`)
      .join('; ');
    return {
      figure: `${figure}, --workers ${result.workers}`,
      target:
        '0 lost, 0 duplicated, no 5xx but 503 + Retry-After; record time until outboxes empty, push p95, cores',
      measured: `outboxes empty after ${seconds(result.drainMs)} (${count(result.mutations)} mutations, ${count(result.mutationsPerSecond)}/s); push p95 ${count(result.pushP95Ms)} ms (p50 ${count(result.pushP50Ms)} ms, ${count(result.pushes)} pushes); first pull page p95 ${count(result.pullP95Ms)} ms`,
      baseline: `lost ${result.lost}, duplicated ${result.duplicated}, rejected ${result.rejected}; 503 + Retry-After ×${count(result.busy)}, other 5xx ${result.otherServerErrors}, network errors ${result.networkErrors}${causes ? ` (${causes})` : ''}, resends recognised ${result.recognisedResends}${result.unfinished ? `, ${result.unfinished} desks unfinished at the deadline` : ''}${odd ? `; unexpected: ${odd}` : ''}; ${result.cores} cores`,
      verdict: clean ? 'pass' : 'FAIL',
    };
  };
  return [
    row(one),
    row(two),
    {
      figure: 'Reconnect storm throughput, --workers 2 vs --workers 1 (same storm, same machine)',
      target: 'record',
      measured: `${count(two.mutationsPerSecond)}/s with 2 workers, ${count(one.mutationsPerSecond)}/s with 1`,
      baseline: `${(two.mutationsPerSecond / one.mutationsPerSecond).toFixed(2)}× (outboxes empty after ${seconds(two.drainMs)} vs ${seconds(one.drainMs)}; push p95 ${count(two.pushP95Ms)} vs ${count(one.pushP95Ms)} ms)`,
      verdict: 'info',
    },
  ];
};

export const busyPushRows = async (durationSeconds: number, notes: string[]): Promise<BenchRow[]> => {
  const figure = 'Push p95 with 200 desks on a CPU-busy machine (PostgreSQL)';
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return [skipped(figure)];
  const { benchBusyPush } = await import('./busy-push');
  const result = await benchBusyPush({
    databaseUrl,
    durationMs: durationSeconds * 1000,
    log: (line) => console.log(`bench: ${line.trim()}`),
  });
  const { quiet, busy } = result;
  notes.push(
    `Busy push: tests/bench/busy-push.ts (\`benchBusyPush\`): the server bench's ${busy.desks} desks (own token and clientId each, 1–5 case writes per push, ~1 s think time, each desk starting at a random moment within its first second, every acknowledged write looked up afterwards) against the server CLI (one process) on PostgreSQL for ${durationSeconds} s as the machine was, then ${durationSeconds} s more with ${result.busyLoops} busy-loop child processes (one per core, each ending itself after the run plus a minute and killed when it ends). Same server, same database, same run; the load average is read at the end of each half.`,
  );
  const clean = (run: typeof busy) => run.lost === 0 && run.duplicated === 0;
  return [
    {
      figure: `${figure}: ${result.busyLoops} busy loops on ${result.cores} cores`,
      target: 'p95 < 200 ms; 0 lost, 0 duplicated',
      measured: `p95 ${busy.p95LatencyMs} ms (p50 ${busy.p50LatencyMs} ms; ${count(busy.pushes)} pushes, ${busy.failedPushes} answered 503; load ${busy.load1.toFixed(1)})`,
      baseline: `as the machine was: p95 ${quiet.p95LatencyMs} ms (p50 ${quiet.p50LatencyMs} ms; ${quiet.failedPushes} answered 503; load ${quiet.load1.toFixed(1)}); lost ${busy.lost + quiet.lost}, duplicated ${busy.duplicated + quiet.duplicated}`,
      verdict: busy.p95LatencyMs < 200 && clean(busy) && clean(quiet) ? 'pass' : 'FAIL',
    },
  ];
};
