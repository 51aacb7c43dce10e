import { cpus, totalmem } from 'node:os';

export type Verdict = 'pass' | 'FAIL' | 'skipped' | 'info';

/** One row of docs/benchmarks.md. Figures are strings already formatted with their unit. */
export type BenchRow = {
  figure: string;
  target: string;
  measured: string;
  /** Ratio against a baseline measured in the same run, or the baseline itself. */
  baseline: string;
  verdict: Verdict;
};

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;

export const machineSummary = (chromiumVersion: string): string => {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform} ${process.arch}, Node ${process.versions.node}, Chromium ${chromiumVersion}`;
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The whole docs/benchmarks.md, rewritten on every run. */
export const renderReport = (input: {
  rows: readonly BenchRow[];
  notes: readonly string[];
  date: string;
  machine: string;
  shortMachine: string;
  seconds: number;
}): string => {
  const header = '| figure | target | measured | ratio / baseline | result | date | machine |';
  const rule = '|---|---|---|---|---|---|---|';
  const body = input.rows.map(
    (row) =>
      `| ${[row.figure, row.target, row.measured, row.baseline, row.verdict, input.date, input.shortMachine].map(cell).join(' | ')} |`,
  );
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (tests/bench/run.ts) on ${input.date}; the run took ${input.seconds.toFixed(0)} s.`,
    'Every run overwrites this file. Benchmarks are not tests: a FAIL here is a finding, not a broken build.',
    '',
    `Machine: ${input.machine}.`,
    '',
    header,
    rule,
    ...body,
    '',
    '## How each figure is measured',
    '',
    ...input.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
};
