import * as searchModule from '../../shared/catalog/search';
import { diffVersions, summarizeDiff } from '../../shared/certificates/diff';
import { importList } from '../../shared/certificates/importList';
import { certificateEntryIdSchema, type CertificateEntry } from '../../shared/certificates/model';
import { readListFile, type ListFileReaders } from '../../shared/certificates/readListFile';
import { demoDepartmentIds } from '../../shared/demo/organization';
import { saveImportedDraft } from '../../renderer/features/certificates/data/listWrites';
import { buildEntrySearch } from '../../renderer/features/certificates/entrySearch';
import type { OnceDeskDb } from '../../renderer/db/schema';
import { largeDroppedXlsx } from '../fixtures/certificateLists';
import { summarize, type Timing } from './browser/stats';

/**
 * Issue #7's three figures, run inside Chromium on the bench page with the desk's own code:
 * - import: the 5,000-entry XLSX read, parsed, checked and saved as a draft in ONE IndexedDB
 *   transaction (readListFile → importList → saveImportedDraft, what 导入 does after the file is
 *   chosen), against the bare read — exceljs opening the same bytes — in the same run;
 * - search: what 证明清单's search box does per keystroke (buildEntrySearch over the draft's 5,000
 *   stored entries, the first 100 matches and the count), pinyin initials typed letter by letter;
 * - diff: that draft against a second version with renamed, removed, added and re-classified entries.
 */
export type CertificateListBenchResult = {
  entries: number;
  fileBytes: number;
  bareReadMs: number[];
  importMs: number[];
  search: Timing & { queries: number; indexBuildMs: number; maxMs: number };
  diff: Timing & { changes: ReturnType<typeof summarizeDiff> };
};

/** Initials as a clerk types them (居住证明 → jzzm, 亲属关系证明 → qsgxzm …), plus a miss. */
const initialsTyped = ['jzzm', 'srzm', 'hyzkzm', 'qsgxzm', 'jyzkzm', 'cbjfzm', 'zm', 'qxyz'].flatMap((word) =>
  Array.from({ length: word.length }, (_, length) => word.slice(0, length + 1)),
);

/** A later version: every 20th entry re-worded, every 50th gone, 100 new, every 30th re-classified. */
const nextVersion = (entries: readonly CertificateEntry[]): CertificateEntry[] => [
  ...entries
    .filter((_, index) => index % 50 !== 7)
    .map((entry, index) => ({
      ...entry,
      ...(index % 20 === 3 ? { replacementText: `${entry.replacementText}（修订）` } : {}),
      ...(index % 30 === 5 ? { method: 'commitment' as const, verificationMethod: 'written' as const } : {}),
    })),
  ...entries.slice(0, 100).map((entry, index) => ({
    ...entry,
    id: certificateEntryIdSchema.parse(`${entry.id}-new`),
    name: `新增证明${index}`,
  })),
];

export const benchCertificateLists = async (options: {
  openDb: (name: string) => OnceDeskDb;
  readers: ListFileReaders;
  entries?: number;
  rounds?: number;
}): Promise<CertificateListBenchResult> => {
  const count = options.entries ?? 5000;
  const rounds = options.rounds ?? 3;
  const bytes = await largeDroppedXlsx(count);
  const bareReadMs: number[] = [];
  const importMs: number[] = [];
  let stored: CertificateEntry[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let started = performance.now();
    await options.readers.loadXlsx(bytes);
    bareReadMs.push(performance.now() - started);

    const name = `oncedesk-bench-certificates-${round}`;
    const db = options.openDb(name);
    started = performance.now();
    const read = await readListFile(bytes, 'list.xlsx', options.readers);
    if ('problem' in read) throw new Error(`bench list unreadable: ${read.problem.code}`);
    const imported = importList(read.sheets, { kind: 'dropped' });
    if (!imported.ok) throw new Error('bench list has problems');
    const listId = await saveImportedDraft(
      db,
      {
        departmentId: demoDepartmentIds.civilAffairs,
        kind: 'dropped',
        title: imported.title || '取消清单',
        documentNumber: imported.documentNumber ?? '',
        effectiveDate: null,
        source: 'list.xlsx',
        entries: imported.entries,
      },
      { by: 'bench', now: new Date() },
    );
    importMs.push(performance.now() - started);
    stored = await db.certificateEntries.where('listId').equals(listId).sortBy('position');
    db.close();
    await db.delete();
  }
  if (stored.length !== count) throw new Error(`stored ${stored.length} of ${count} entries`);

  const buildStarted = performance.now();
  const search = buildEntrySearch(searchModule, stored);
  const indexBuildMs = performance.now() - buildStarted;
  const searchMs: number[] = [];
  let found = 0;
  // Two warm-up rounds, not timed: the first calls run the search code unoptimized (the app pays that
  // once per session, on the first keystrokes), which is not what a clerk meets while typing all day.
  const warmUp = 2;
  for (let round = 0; round < warmUp + 20; round += 1)
    for (const query of initialsTyped) {
      const started = performance.now();
      found += search(query, () => true, 100).total;
      if (round >= warmUp) searchMs.push(performance.now() - started);
    }
  if (found === 0) throw new Error('the search found nothing');

  const after = nextVersion(stored);
  const diffMs: number[] = [];
  let changes = summarizeDiff([]);
  for (let round = 0; round < 20; round += 1) {
    const started = performance.now();
    const rows = diffVersions(stored, after);
    diffMs.push(performance.now() - started);
    changes = summarizeDiff(rows);
  }

  return {
    entries: stored.length,
    fileBytes: bytes.byteLength,
    bareReadMs,
    importMs,
    search: { ...summarize(searchMs), queries: searchMs.length, indexBuildMs, maxMs: Math.max(...searchMs) },
    diff: { ...summarize(diffMs), changes },
  };
};
