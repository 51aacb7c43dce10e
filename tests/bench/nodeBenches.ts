import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchRow } from './report';

const skipped = (figure: string, why: string): BenchRow => ({
  figure,
  target: '—',
  measured: '—',
  baseline: why,
  verdict: 'skipped',
});

/**
 * (d) server push throughput and 200 desks at once, (e) first sync of a new desk. Both come from the
 * server and sync engineers' modules; each is skipped with its reason when it cannot run here.
 */
export const runNodeBenches = async (
  options: { serverSeconds: number },
  notes: string[],
): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  const serverFigure = 'Sync server: push throughput and 200 concurrent desks (PostgreSQL)';
  if (!existsSync(resolve('tests/bench/server-push.ts'))) {
    rows.push(skipped(serverFigure, 'tests/bench/server-push.ts not in the repo yet'));
  } else if (!process.env.DATABASE_URL) {
    rows.push(skipped(serverFigure, 'DATABASE_URL not set'));
  } else {
    rows.push(skipped(serverFigure, `not wired yet (${options.serverSeconds} s run)`));
  }
  const syncFigure = 'First sync of a new desk';
  if (!existsSync(resolve('tests/bench/first-sync.ts'))) {
    rows.push(skipped(syncFigure, 'tests/bench/first-sync.ts not in the repo yet'));
  } else {
    rows.push(skipped(syncFigure, 'not wired yet'));
  }
  notes.push(
    'Skipped rows say why; they are measured when their module is present (and DATABASE_URL for the server).',
  );
  return Promise.resolve(rows);
};
