import type { Timing } from './stats';
import type { CatalogSearchBenchResult } from '../catalog-search';
import type { FirstSyncResult, ResumeResult } from '../first-sync';
import type { HttpFirstSyncResult } from '../http-first-sync';
import type { FilterStep } from '../duty-board';

export type DutyBoardFill = {
  notes: number;
  updates: number;
  fillMs: number;
  /** Notes the board shows on opening (未解决). */
  initial: number;
  steps: FilterStep[];
  /** The app's derivation of every note's state (buildBoardRows) over what was stored, once. */
  deriveMs: number;
  /** Grouping the rows by every filter key (indexBoardRows), once per change of the notes. */
  indexMs: number;
  /** filterBoardIndex alone, per step: the in-memory part of a filter change as the board does it. */
  filterOnly: Timing;
  /** filterBoardRows (one pass over every row) for the same steps: the baseline the index beats. */
  scanOnly: Timing;
};
import type { CertificateListBenchResult } from '../certificate-lists';

/** What the bench page exposes as `window.oncedeskBench`, for run.ts to call through page.evaluate. */
export type BenchApi = {
  /** Fills the app's own `oncedesk` database: demo seed, a desk, and `count` cases (today's included). */
  fillAppDatabase: (count: number, todayCount: number) => Promise<{ cases: number; ms: number }>;
  /** Records steps through mutate() and, interleaved, raw Dexie puts of the same row, in `oncedesk`. */
  recordSteps: (rounds: number) => Promise<{ mutate: Timing; rawPut: Timing; cases: number }>;
  /** The search engineer's catalog-search bench (2,000 items), run in Chromium. */
  catalogSearch: () => Promise<CatalogSearchBenchResult>;
  /** The sync engineer's first-sync bench (pull + apply vs raw bulkPut) on real IndexedDB. */
  firstSync: (rows: number) => Promise<FirstSyncResult>;
  /** Issue #9: the same over real HTTP from the sync server (its URL and a session token). */
  httpFirstSync: (serverUrl: string, token: string, pageSize?: number) => Promise<HttpFirstSyncResult>;
  /** The same, killed halfway and restarted: must resume from the saved cursor. */
  resumableFirstSync: (rows: number) => Promise<ResumeResult>;
  /** Issue #7: a 5,000-entry list imported into a draft, searched and compared, in real IndexedDB. */
  certificateLists: () => Promise<CertificateListBenchResult>;
  /** Issue #8: fills `oncedesk` for a duty leader's desk with notes and updates, and plans the filter steps. */
  fillDutyBoard: (notes: number, updates: number, steps: number) => Promise<DutyBoardFill>;
};

/** The page's global, typed without augmenting Window (STYLE: `type`, not `interface`). */
export type BenchWindow = { oncedeskBench?: BenchApi };
