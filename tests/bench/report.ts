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

type ReportInput = {
  rows: readonly BenchRow[];
  notes: readonly string[];
  date: string;
  machine: string;
  shortMachine: string;
  seconds: number;
};

const header = '| figure | target | measured | ratio / baseline | result | date | machine |';
const rule = '|---|---|---|---|---|---|---|';
const tableBody = (input: ReportInput) =>
  input.rows.map(
    (row) =>
      `| ${[row.figure, row.target, row.measured, row.baseline, row.verdict, input.date, input.shortMachine].map(cell).join(' | ')} |`,
  );

/**
 * A partial run (ONCEDESK_BENCH_ONLY) rewrites only its own section, between two markers, so the
 * figures of the other benches stay as last measured; the section is appended the first time.
 */
export const replaceSection = (document: string, name: string, input: ReportInput): string => {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = [
    start,
    `## Only \`ONCEDESK_BENCH_ONLY=${name} npm run bench\` (${input.date}, ${input.seconds.toFixed(0)} s)`,
    '',
    `Machine: ${input.machine}.`,
    '',
    header,
    rule,
    ...tableBody(input),
    '',
    ...input.notes.map((note) => `- ${note}`),
    end,
  ].join('\n');
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1) return `${document.trimEnd()}\n\n${section}\n`;
  return `${document.slice(0, from)}${section}${document.slice(to + end.length)}`;
};

/** The whole docs/benchmarks.md, rewritten on every full run. */
export const renderReport = (input: ReportInput): string => {
  const body = tableBody(input);
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
