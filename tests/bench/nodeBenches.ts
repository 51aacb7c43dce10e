import type { BenchRow } from './report';

const skipped = (figure: string, why: string): BenchRow => ({
  figure,
  target: '—',
  measured: '—',
  baseline: why,
  verdict: 'skipped',
});

const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;

const serverRows = async (serverSeconds: number, notes: string[]): Promise<BenchRow[]> => {
  const figure = 'Sync server: push throughput and 200 concurrent desks (PostgreSQL)';
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return [skipped(figure, 'DATABASE_URL not set: PostgreSQL figures need it')];
  const { benchServerPush } = await import('./server-push');
  const result = await benchServerPush({
    databaseUrl,
    durationMs: serverSeconds * 1000,
    log: (line) => console.log(`bench: ${line.trim()}`),
  });
  const { throughput, concurrency } = result;
  notes.push(
    `Server push: tests/bench/server-push.ts (\`benchServerPush\`) on PostgreSQL (DATABASE_URL), the real HTTP server on loopback. Throughput: ${throughput.mutations.toLocaleString('en')} case upserts in batches of ${throughput.batchSize} through POST /sync/push, against a raw batched SQL insert of the same rows in the same run. Concurrency: ${concurrency.desks} desks, each logged in with its own token and clientId, pushing with ~1 s think time for ${(concurrency.durationMs / 1000).toFixed(0)} s; then every acknowledged mutation is looked up on the server.`,
  );
  const clean = concurrency.lost === 0 && concurrency.duplicated === 0 && concurrency.failedPushes === 0;
  return [
    {
      figure: `Sync server push throughput (${throughput.mutations.toLocaleString('en')} mutations, batches of ${throughput.batchSize})`,
      target: 'measure; ratio to raw insert',
      measured: perSecond(throughput.pushPerSecond),
      baseline: `${throughput.ratio.toFixed(2)}× raw SQL insert (${perSecond(throughput.rawInsertPerSecond)})`,
      verdict: 'info',
    },
    {
      figure: `Sync server, ${concurrency.desks} desks pushing for ${(concurrency.durationMs / 1000).toFixed(0)} s`,
      target: '0 lost, 0 duplicated, 0 failed pushes',
      measured: `${concurrency.acknowledgedMutations.toLocaleString('en')} mutations in ${concurrency.pushes.toLocaleString('en')} pushes (${perSecond(concurrency.mutationsPerSecond)}); push p95 ${concurrency.p95LatencyMs} ms (p50 ${concurrency.p50LatencyMs} ms)`,
      baseline: `lost ${concurrency.lost}, duplicated ${concurrency.duplicated}, failed ${concurrency.failedPushes}`,
      verdict: clean ? 'pass' : 'FAIL',
    },
  ];
};

/** (d) server push throughput and 200 desks at once, from the server engineer's module. */
export const runNodeBenches = (options: { serverSeconds: number }, notes: string[]): Promise<BenchRow[]> =>
  serverRows(options.serverSeconds, notes);
