import type { OnceDeskDb } from '../db/schema';
import { getMeta } from '../db/meta';
import { maxPinned, type PulledScope } from '../../shared/sync/contract';
import type { Role } from '../../shared/domain/organization';
import {
  defaultScope,
  historyStart,
  keysInScope,
  keysOfRow,
  roleScopes,
  scopeCovers,
  scopeKey,
  scopeRulesVersion,
  type DeskScope,
} from '../../shared/sync/scope';
import { isSyncedTableName, replicationOf, syncedTableNames } from '../../shared/sync/tables';
import type { IsoDay } from '../../shared/time';
import type { HallId } from '../../shared/ids';
import {
  conflictsOf,
  deleteSyncState,
  getSyncState,
  rejectionsOf,
  setSyncState,
  type PinnedRow,
} from './stores';

/**
 * The scope this desk should hold: its role's default at its hall (during set-up, the hall picked in the form,
 * `setupHallId`), with the window the clerk chose in 设置 when the role allows it. Undefined for a desk
 * not set up at a hall: it pulls unscoped.
 */
export const wantedScope = async (db: OnceDeskDb, roles: readonly Role[]): Promise<DeskScope | undefined> => {
  const hallId = (await getMeta(db, 'desk'))?.hallId ?? (await getSyncState(db, 'setupHallId'));
  if (!hallId) return undefined;
  const scope = defaultScope(roles, hallId as HallId);
  const chosen = await getSyncState(db, 'scopeWindowDays');
  const maxDays = roles.reduce((max, role) => Math.max(max, roleScopes[role].maxDays), 1);
  if (chosen !== undefined) scope.windowDays = Math.max(1, Math.min(chosen, maxDays));
  return scope;
};

const currentRules = `r${scopeRulesVersion}:`;

/**
 * Before a pull: does the cursor still serve `wanted`? A held scope that covers it (a shorter window,
 * one hall of a department) only evicts; anything else — a wider window, another hall, a larger reach,
 * new rules — means rows at versions the cursor already passed may be missing, so the desk pulls again
 * from 0 like a first sync, in the same run.
 *
 * Nothing is cleared for that: the re-pull names the old cursor (`repullHeldSince`, sent as
 * `heldSince`), and the server also sends every row the desk held at that cursor that has since left
 * the scope (a case of the old hall closed elsewhere), so each local row ends at the server's version
 * or is evicted after the pull. The catalog and the certificate lists stay usable throughout; before,
 * they were emptied and the desk worked without them until the re-pull had brought them back.
 * A second change while a re-pull is still under way cannot name one cursor for all it holds: then
 * rows whose scope can differ between scopes (cases: they have a hall and a window) are cleared,
 * unless work is pending on them; hall-less rows of a fixed history (the catalog) never differ.
 * The held scope becomes `wanted` at once, so an interrupted re-pull resumes under it.
 */
export const prepareScope = async (db: OnceDeskDb, wanted: DeskScope): Promise<'kept' | 'repull'> => {
  const held = await getSyncState(db, 'scope');
  const cursor = (await getSyncState(db, 'cursor')) ?? 0;
  const covered = held === undefined ? true : held.key.startsWith(currentRules) && scopeCovers(held, wanted);
  if (held?.key === scopeKey(wanted)) return 'kept';
  const repull = !covered && cursor > 0;
  const heldSince = await getSyncState(db, 'repullHeldSince');
  const stores = [db.outbox, db.table('rejections'), db.table('conflicts'), db.table('syncState')];
  await db.transaction(
    'rw',
    [...stores, ...syncedTableNames.map((name) => db.syncedTable(name))],
    async () => {
      if (repull) {
        await setSyncState(db, 'cursor', 0);
        if (heldSince === undefined) await setSyncState(db, 'repullHeldSince', cursor);
        else await clearScopedRows(db);
      }
      // Provisional until the server echoes it (with its today and window start).
      await setSyncState(db, 'scope', {
        ...(held ?? { today: '', from: '' }),
        ...wanted,
        key: scopeKey(wanted),
      } as PulledScope);
    },
  );
  return repull ? 'repull' : 'kept';
};

/** Drops rows whose scope depends on the desk's hall or window, except those with pending work. */
const clearScopedRows = async (db: OnceDeskDb): Promise<void> => {
  const kept = await protectedRows(db, null);
  for (const name of syncedTableNames) {
    const rule = replicationOf(name);
    if (!rule) continue;
    const store = db.syncedTable(name);
    const drop: string[] = [];
    for (const row of await store.toArray()) {
      const keys = rule.keys(row, typeof row.updatedAt === 'string' ? row.updatedAt : '');
      if (keys.day === null || (keys.hallId === null && rule.history !== 'deskWindow')) continue;
      if (!kept.has(rowKey(name, row.id))) drop.push(row.id);
    }
    await store.bulkDelete(drop);
  }
};

const rowKey = (table: string, id: string) => `${table}\u0000${id}`;

/**
 * Rows that must stay whatever the scope: unsent edits, rejections, conflict notes, and live look-ups
 * (fetched on `today`, or still open; null: every look-up).
 */
const protectedRows = async (db: OnceDeskDb, today: IsoDay | null): Promise<Set<string>> => {
  const kept = new Set<string>();
  for (const entry of await db.outbox.toArray()) kept.add(rowKey(entry.table, entry.rowId));
  for (const rejection of await rejectionsOf(db).toArray())
    kept.add(rowKey(rejection.table, rejection.rowId));
  for (const note of await conflictsOf(db).toArray()) kept.add(rowKey(note.table, note.rowId));
  for (const pin of await livePins(db, today)) kept.add(rowKey(pin.table, pin.id));
  return kept;
};

/** A row the desk holds that is still being worked on (an open case): its rule says current. */
const isOpen = (table: string, row: Record<string, unknown> | undefined): boolean => {
  if (!row || row.deleted === true || !isSyncedTableName(table)) return false;
  const rule = replicationOf(table);
  return rule !== undefined && rule.keys(row, typeof row.updatedAt === 'string' ? row.updatedAt : '').current;
};

/**
 * Look-ups kept: fetched on `today` (the clerk may be reading a finished one), or whatever their day
 * while the case is open — a return visit can take weeks. Null: all of them.
 */
const livePins = async (db: OnceDeskDb, today: IsoDay | null): Promise<PinnedRow[]> => {
  const pins = (await getSyncState(db, 'pinned')) ?? [];
  const live: PinnedRow[] = [];
  for (const pin of pins) {
    if (today === null || pin.day === today) live.push(pin);
    else if (isSyncedTableName(pin.table) && isOpen(pin.table, await db.syncedTable(pin.table).get(pin.id)))
      live.push(pin);
  }
  return live;
};

/** Pins whose rows are gone are forgotten, so later pulls stop asking the server for them. */
const forgetDroppedPins = async (db: OnceDeskDb): Promise<void> => {
  const pins = (await getSyncState(db, 'pinned')) ?? [];
  const held: PinnedRow[] = [];
  for (const pin of pins)
    if (isSyncedTableName(pin.table) && (await db.syncedTable(pin.table).get(pin.id)) !== undefined)
      held.push(pin);
  if (held.length !== pins.length) await setSyncState(db, 'pinned', held);
};

/** The ids of look-ups this desk keeps, sent with each scoped pull so their changes keep coming. */
export const pinnedIds = async (db: OnceDeskDb): Promise<string[]> =>
  ((await getSyncState(db, 'pinned')) ?? []).map((pin) => pin.id).slice(-maxPinned);

export type Eviction = { evicted: number; kept: number };

/**
 * Drops local rows outside `scope` (never on the server). With `only`, just those rows (the ones a pull
 * just brought, e.g. a case of another hall that closed); without, every row of every windowed table —
 * once per scope and hall day. Rows with pending work stay (counted in `kept`).
 */
export const evictOutOfScope = async (
  db: OnceDeskDb,
  scope: PulledScope,
  only?: readonly { table: string; id: string }[],
): Promise<Eviction> => {
  const today = scope.today;
  const result: Eviction = { evicted: 0, kept: 0 };
  const stores = [db.outbox, db.table('rejections'), db.table('conflicts'), db.table('syncState')];
  await db.transaction(
    'rw',
    [...stores, ...syncedTableNames.map((name) => db.syncedTable(name))],
    async () => {
      const kept = await protectedRows(db, today);
      for (const name of syncedTableNames) {
        const rule = replicationOf(name);
        if (!rule) continue;
        const from = historyStart(rule, today, scope.from);
        const store = db.syncedTable(name);
        const ids = only
          ?.filter((row) => row.table === name && isSyncedTableName(row.table))
          .map((row) => row.id);
        if (ids?.length === 0) continue;
        const rows = ids
          ? (await store.bulkGet(ids)).filter((row) => row !== undefined)
          : await store.toArray();
        const drop: string[] = [];
        for (const row of rows) {
          const updatedAt = typeof row.updatedAt === 'string' ? row.updatedAt : '';
          const keys = rule.keys(row, updatedAt);
          if (keysInScope(keysOfRow(keys, row.deleted === true), scope, from)) continue;
          if (kept.has(rowKey(name, row.id))) result.kept += 1;
          else drop.push(row.id);
        }
        await store.bulkDelete(drop);
        result.evicted += drop.length;
      }
      if (!only) await setSyncState(db, 'evictedFor', `${scope.key}|${today}`);
      await forgetDroppedPins(db);
    },
  );
  return result;
};

/** After a pull: the full pass when the scope or the hall day changed since the last one. */
export const evictAfterPull = async (
  db: OnceDeskDb,
  scope: PulledScope,
  received: readonly { table: string; id: string }[],
): Promise<Eviction> => {
  const done = await getSyncState(db, 'evictedFor');
  return done === `${scope.key}|${scope.today}`
    ? evictOutOfScope(db, scope, received)
    : evictOutOfScope(db, scope);
};

/**
 * Set-up's first sync pulls the hall the clerk chose in the form, from the start: it begins when the
 * hall is picked (at once when the department has one hall), before 完成设置, so the desk never pulls
 * another hall's cases first. Picking another hall meanwhile is an ordinary scope change.
 */
export const chooseSetupHall = async (db: OnceDeskDb, hallId: string): Promise<void> => {
  await setSyncState(db, 'setupHallId', hallId);
  await deleteSyncState(db, 'setupAwaitingHall');
};
