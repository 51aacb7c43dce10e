import { hasRole, type Role } from '../domain/organization';
import type { HallId } from '../ids';
import type { IsoDay } from '../time';

/**
 * Replication scopes (issue #10): which rows a desk keeps, as opposed to which rows its clerk may read
 * (the table's `scope` reach) or write (its `writeRole`). A desk holds the rows of its reach that are
 * *current* (an open case, a published item) plus the recent history: rows whose scope day falls in
 * the window; a hall-reach desk takes only its own hall's (and hall-less) history.
 */

/** What the server stores beside each row (indexed) and the desk computes to evict. */
export type RowScopeKeys = {
  /** The hall the row belongs to; null: the whole department's (catalog entries, …). */
  hallId: string | null;
  /** The day history is measured on; null: never leaves the scope (kept whole). */
  day: IsoDay | null;
  /** Kept whatever its day by its hall's desks (a hall-less row: by all): an open case, an item in force. */
  current: boolean;
  /**
   * Kept whatever its day and hall, by every desk of the reach: a case awaiting its return visit (the
   * applicant may come back to any hall). Only a current row is kept everywhere.
   */
  everywhere: boolean;
};

export type ReplicationRule = {
  /** Pure; `updatedAt` is the row's last change (for tables whose fields carry no day). */
  keys: (fields: Readonly<Record<string, unknown>>, updatedAt: string) => RowScopeKeys;
  /** History kept: the desk's window (cases), or a fixed number of days (reference tables). */
  history: 'deskWindow' | { days: number };
};

export type ScopeReach = 'hall' | 'department';

/** The scope a desk asks for. Its `key` is the fingerprint the server echoes (see scopeKey). */
export type DeskScope = { reach: ScopeReach; hallId: HallId; windowDays: number };

/** Bumped when a rule in tables.ts changes what a scope holds: every desk then pulls again from 0. */
export const scopeRulesVersion = 2;

/** Absolute bounds whatever the role: 0 days would hold no history, 100 years is no window. */
export const minWindowDays = 1;
export const maxWindowDays = 400;

type RoleScope = { reach: ScopeReach; defaultDays: number; maxDays: number };

/**
 * Per role: a clerk works its hall's recent cases; a duty leader reviews its hall's half year; a
 * supervisor compares its department's month with the same month last year (400 days).
 */
export const roleScopes: Record<Role, RoleScope> = {
  staff: { reach: 'hall', defaultDays: 90, maxDays: 90 },
  leader: { reach: 'hall', defaultDays: 180, maxDays: 180 },
  supervisor: { reach: 'department', defaultDays: 400, maxDays: maxWindowDays },
};

const highestRoleScope = (roles: readonly Role[]): RoleScope =>
  hasRole(roles, 'supervisor')
    ? roleScopes.supervisor
    : hasRole(roles, 'leader')
      ? roleScopes.leader
      : roleScopes.staff;

export const defaultScope = (roles: readonly Role[], hallId: HallId): DeskScope => {
  const { reach, defaultDays } = highestRoleScope(roles);
  return { reach, hallId, windowDays: defaultDays };
};

export type ScopeRefusal = 'windowOutOfRange' | 'reachForbidden' | 'windowForbidden';

/** Why `roles` may not hold `scope`, or undefined when they may. The hall is checked by the server. */
export const checkScope = (roles: readonly Role[], scope: DeskScope): ScopeRefusal | undefined => {
  const { windowDays } = scope;
  if (!Number.isInteger(windowDays) || windowDays < minWindowDays || windowDays > maxWindowDays)
    return 'windowOutOfRange';
  const allowed = highestRoleScope(roles);
  if (scope.reach === 'department' && allowed.reach !== 'department') return 'reachForbidden';
  if (windowDays > allowed.maxDays) return 'windowForbidden';
  return undefined;
};

/**
 * The fingerprint of a scope. A desk's cursor is only valid for the scope it was pulled with: rows
 * outside that scope were skipped for good (the cursor jumped past them), so a desk whose wanted scope
 * is not covered by the held one must pull again from 0.
 */
export const scopeKey = (scope: DeskScope): string =>
  `r${scopeRulesVersion}:${scope.reach}:${scope.hallId}:${scope.windowDays}`;

/** Does a desk holding `held` already have everything `wanted` holds? Then it only evicts. */
export const scopeCovers = (held: DeskScope, wanted: DeskScope): boolean =>
  held.windowDays >= wanted.windowDays &&
  (held.reach === 'department' || (wanted.reach === 'hall' && held.hallId === wanted.hallId));

const dayMs = 24 * 60 * 60 * 1000;

/** The first day inside a window of `days` days that ends with `today`. */
export const windowStart = (today: IsoDay, days: number): IsoDay =>
  new Date(Date.parse(`${today}T00:00:00.000Z`) - (days - 1) * dayMs).toISOString().slice(0, 10) as IsoDay;

/** The first day of history kept for a table under a desk window starting `deskFrom`. */
export const historyStart = (rule: ReplicationRule, today: IsoDay, deskFrom: IsoDay): IsoDay =>
  rule.history === 'deskWindow' ? deskFrom : windowStart(today, rule.history.days);

/** Is a row with these keys in the scope? (The same test the server's pull makes in SQL.) */
export const keysInScope = (
  keys: RowScopeKeys,
  scope: Pick<DeskScope, 'reach' | 'hallId'>,
  from: IsoDay,
): boolean => {
  if (keys.day === null || (keys.current && keys.everywhere)) return true;
  const ownHall = scope.reach === 'department' || keys.hallId === null || keys.hallId === scope.hallId;
  return ownHall && (keys.current || keys.day >= from);
};

/** A tombstone is kept by nobody because of its state: desks that held it are sent the delete. */
export const keysOfRow = (keys: RowScopeKeys, deleted: boolean): RowScopeKeys =>
  deleted
    ? { ...keys, current: false, everywhere: false }
    : { ...keys, everywhere: keys.current && keys.everywhere };
