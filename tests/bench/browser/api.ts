import type { Timing } from './stats';
import type { CatalogSearchBenchResult } from '../catalog-search';
import type { FirstSyncResult, ResumeResult } from '../first-sync';
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
  /** The same, killed halfway and restarted: must resume from the saved cursor. */
  resumableFirstSync: (rows: number) => Promise<ResumeResult>;
  /** Issue #7: a 5,000-entry list imported into a draft, searched and compared, in real IndexedDB. */
  certificateLists: () => Promise<CertificateListBenchResult>;
};

/** The page's global, typed without augmenting Window (STYLE: `type`, not `interface`). */
export type BenchWindow = { oncedeskBench?: BenchApi };
