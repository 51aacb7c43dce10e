import type { Page } from 'playwright-core';
import { call } from './browserBenches';
import { summarize } from './browser/stats';
import { ms, type BenchRow } from './report';

/** Issue #7's figures as rows of docs/benchmarks.md; the bench page must be open in `page`. */
export const certificateListRows = async (page: Page, notes: string[]): Promise<BenchRow[]> => {
  const result = await call(page, 'certificateLists');
  const entries = result.entries.toLocaleString('en');
  const bare = summarize(result.bareReadMs).p50;
  const imported = summarize(result.importMs);
  const worstImport = Math.max(...result.importMs);
  const { search, diff } = result;
  notes.push(
    `Certificate lists: tests/bench/certificate-lists.ts (\`benchCertificateLists\`) in Chromium on the bench page, with the desk's own code. Import: a ${entries}-entry XLSX (${(result.fileBytes / 1024).toFixed(0)} kB, built with exceljs in the page) read, parsed, checked and saved as a draft in one IndexedDB transaction (readListFile → importList → saveImportedDraft), ${result.importMs.length} times into fresh databases; the bare read is exceljs opening the same bytes, in the same rounds. Search: buildEntrySearch over the draft's stored entries, each query returning the first 100 matches and the count (what the 证明清单 search box shows), ${search.queries} queries of pinyin initials typed letter by letter (j, jz, jzz, jzzm …, and a miss) after two untimed warm-up rounds. Diff: diffVersions of the draft against a second version (${diff.changes.changed} changed, ${diff.changes.removed} removed, ${diff.changes.added} added), ${diff.samples} times.`,
  );
  return [
    {
      figure: `Certificate list import: ${entries}-entry XLSX into a draft (read, check, one transaction)`,
      target: '< 5 s in Chromium; ratio to the bare read',
      measured: `${ms(imported.p50)} median, worst ${ms(worstImport)}`,
      baseline: `${(imported.p50 / bare).toFixed(2)}× the bare exceljs read (${ms(bare)})`,
      verdict: worstImport < 5000 ? 'pass' : 'FAIL',
    },
    {
      figure: `Certificate search over ${entries} entries by pinyin initials, p95 per query`,
      target: '< 10 ms',
      measured: `p95 ${ms(search.p95)} (p50 ${ms(search.p50)}, max ${ms(search.maxMs)})`,
      baseline: `index build ${ms(search.indexBuildMs)}`,
      verdict: search.p95 < 10 ? 'pass' : 'FAIL',
    },
    {
      figure: `Certificate list diff of two ${entries}-entry versions`,
      target: '< 500 ms',
      measured: `p95 ${ms(diff.p95)} (p50 ${ms(diff.p50)})`,
      baseline: `${diff.changes.changed + diff.changes.removed + diff.changes.added + diff.changes.moved} differences found`,
      verdict: diff.p95 < 500 ? 'pass' : 'FAIL',
    },
  ];
};
