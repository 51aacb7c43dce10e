import { syncedTableNames, syncedTables } from '../../shared/sync/tables';
import type { ResolvedScope } from '../sync/pullScope';

const readable = new Set<string>(syncedTableNames);
const cityWide = new Set<string>(
  syncedTableNames.filter((name) => syncedTables[name].scope === 'departmentOrCityWide'),
);

/** What the hub reads of a changed row: the columns pull filters on, never its fields. */
export type ChangedRow = {
  table: string;
  id: string;
  version: number;
  departmentId: string | null;
  hallId: string | null;
  /** `YYYY-MM-DD`, or null for a row kept whatever its day. */
  day: string | null;
  current: boolean;
  everywhere: boolean;
  /** The version that last ended a current / kept-everywhere spell. */
  currentUntil: number | null;
  everywhereUntil: number | null;
  updatedClient: string;
};

/** Who a stream belongs to and what its desk pulls (the same query parameters as its pull). */
export type StreamAudience = {
  departmentId: string;
  clientId?: string;
  scope?: Pick<ResolvedScope, 'reach' | 'hallId' | 'fromByTable'>;
  /** With a scope: cases the desk looked up and keeps while open (its pull's `pinned`). */
  pinned?: ReadonlySet<string>;
};

/**
 * Would this desk's next pull bring `row`? The pull's rules (server/sync/pull.ts), without its cursor:
 * the department (or a city-wide table's row without one) the clerk may read, then the desk's scope —
 * rows kept whole or everywhere, its hall's (or hall-less) current rows and the history inside its
 * window, a case it looked up and keeps (pinned), and a row whose write just ended a spell the desk
 * held it in (it learns the case closed). A
 * desk's own write is not poked back: it pulls after every push anyway. Slightly generous at the edges
 * (a closed case pokes every desk of its hall): a poke costs one empty pull, a missed one a minute.
 */
export const desksPull = (row: ChangedRow, audience: StreamAudience): boolean => {
  if (!readable.has(row.table)) return false;
  const department =
    row.departmentId === audience.departmentId || (row.departmentId === null && cityWide.has(row.table));
  if (!department) return false;
  if (audience.clientId !== undefined && row.updatedClient === audience.clientId) return false;
  const { scope } = audience;
  if (scope === undefined || row.day === null || row.everywhere) return true;
  if (audience.pinned?.has(row.id)) return true;
  if (row.everywhereUntil === row.version) return true;
  const ownHall = scope.reach === 'department' || row.hallId === null || row.hallId === scope.hallId;
  if (!ownHall) return false;
  const from = scope.fromByTable[row.table];
  return row.current || row.currentUntil === row.version || from === undefined || row.day >= from;
};
