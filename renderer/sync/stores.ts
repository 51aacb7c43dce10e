import type { Table } from 'dexie';
import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import type { PulledScope, RejectReason, SessionStaff } from '../../shared/sync/contract';
import { openFrom, sealFor } from './sealedState';

/**
 * Reasons a mutation can end up rejected: the server's codes, plus `too_large` when even a push of that
 * single mutation is answered 413 (it can never be sent, so it is set aside like a rejection).
 */
export type RejectionReason = RejectReason | 'too_large';

/** A mutation the server refused. Kept (with everything the clerk typed) until the clerk dismisses it. */
export type Rejection = {
  mutationId: string;
  seq: number;
  table: string;
  rowId: string;
  reason: RejectionReason;
  message: string;
  mutation: OutboxEntry;
  rejectedAt: string;
};

/**
 * A field two desks changed from the same base. Either this desk's push overwrote another desk's value
 * (the server kept ours, last writer wins), or — `overwritten` — a later push of another desk replaced
 * ours and the server told us on pull: `theirValue` is then the value that won and `mine` the one lost.
 */
export type ConflictNote = {
  id?: number;
  /** Set when ours was the value replaced. */
  overwritten?: boolean;
  /** The server's conflict id of an `overwritten` note: a replayed pull page must not add it twice. */
  serverConflictId?: number;
  /**
   * The change was lost to a delete: ours removed the row over `theirValue` (another desk's change), or
   * — `overwritten` — their delete removed our `mine`.
   */
  deleted?: boolean;
  /**
   * With `overwritten`: this desk deleted the row, and another desk's edit made without knowing it
   * arrived afterwards and was refused — `theirValue` is what they wanted, `mine` the field as deleted.
   */
  editRefused?: boolean;
  table: string;
  rowId: string;
  field: string;
  theirValue: unknown;
  theirBy: string;
  mine: unknown;
  mutationId: string;
  at: string;
};

/**
 * A row we changed and the server acknowledged: the highest acknowledged version and every field our
 * acknowledged upserts wrote (`deleted` when we deleted it). Enough to send our part again when the
 * server goes back to a backup taken before it (restore.ts).
 */
export type AckedRow = {
  table: string;
  rowId: string;
  version: number;
  fields: string[];
  deleted: boolean;
  /**
   * Who made each acknowledged field's last change here (and `'$deleted'`: who deleted), so what is sent
   * again after a restore goes up under the same names. Absent for changes from before authors.
   */
  authors?: Record<string, string>;
  /**
   * When the latest acknowledgement was recorded (desk clock); pruning keeps an entry at least
   * `ackedKeepDays` after it (ackedPrune.ts). Absent only in a database not yet upgraded.
   */
  ackedAt?: string;
};

/** The key of `AckedRow.authors` for who deleted the row (no field is named so). */
export const deletedBy = '$deleted';

/** A pulled row of a table this build does not know (a newer server); kept for a later upgrade. */
export type ForeignRow = { table: string; id: string; version: number; deleted: boolean; fields: unknown };

export type SignedInSession = {
  token: string;
  expiresAt: string;
  staff: SessionStaff;
  username: string;
};

/** Lets the same clerk unlock this desk offline: PBKDF2 of the password, never the password itself. */
export type OfflineVerifier = {
  username: string;
  staff: SessionStaff;
  salt: string;
  iterations: number;
  hash: string;
  /** The last online sign-in: the verifier expires 7 days later (absent, from an older build: expired). */
  signedInAt?: string;
};

/** Keys of the syncState store and what each holds. */
export type SyncStateValues = {
  serverUrl: string;
  deviceId: string;
  /** Issued by the server at this desk's first sign-in; proves deviceId (docs/sync.md, "Device secrets"). */
  deviceSecret: string;
  /** Highest server version fully applied locally; pulls resume from here. */
  cursor: number;
  /** The highest server version any local row may carry (pulled or acknowledged); see applyPullPage. */
  localHighWater: number;
  session: SignedInSession;
  lastSyncedAt: string;
  /** Set when acknowledged mutations were lost on the server (restored from a backup). */
  serverLostSeqs: { from: number; to: number; at: string };
  /** Conflicts addressed to this desk up to this row version have been received (pulledConflicts.ts). */
  conflictsThrough: number;
  /** While set, pulled rows replace local ones whatever their version (after a server restore). */
  fullResync: boolean;
  /**
   * The replication scope the cursor belongs to, as the server last echoed it (renderer/sync/scope.ts).
   * Absent with a cursor > 0: the desk pulled unscoped (everything it may read), which covers any scope.
   */
  scope: PulledScope;
  /** The window the clerk chose in 设置 (days), within the role's limit; absent: the role's default. */
  scopeWindowDays: number;
  /**
   * While the desk pulls again from 0 after a scope change: the cursor its rows were pulled to before,
   * sent as `heldSince` so rows it held that left the scope come too (renderer/sync/scope.ts). Removed
   * with the re-pull's last page.
   */
  repullHeldSince: number;
  /** `key|today` of the last full eviction pass: one pass per scope change or hall day. */
  evictedFor: string;
  /**
   * During set-up, before 完成设置: the hall chosen in the form, which the first sync is scoped to
   * from the start, so a new desk never downloads the whole department nor another hall's cases.
   */
  setupHallId: string;
  /**
   * Signed in through set-up (engine.connect) and no hall picked yet: runs wait (`awaitingHall`)
   * instead of pulling the department unscoped. Removed when the hall is picked.
   */
  setupAwaitingHall: boolean;
  /**
   * Rows whose last pending edit the server refused: fetched as the server has them (refetch.ts) after
   * the push, so the desk stops showing the refused change without pulling history again.
   */
  refetch: RowRef[];
  /** Cases fetched outside the scope (look-ups), kept on the hall day they were fetched. */
  pinned: PinnedRow[];
  /**
   * Outbox entries from a build that recorded no authors, attributed at the upgrade to the desk's clerk
   * then (renderer/db/schema.ts, version 8): who, how many, when. Shown until dismissed.
   */
  assumedAuthors: { staffId: string; entries: number; at: string };
  /** The server's epoch this desk last synced with (docs/sync.md, "Epoch"). */
  serverEpoch: string;
  /** The server went back to a backup: when, and how many changes of ours were sent again. */
  serverRestored: { at: string; resent: number };
};

export type PinnedRow = { table: string; id: string; day: string };

export type RowRef = { table: string; id: string };

export type SyncStateEntry = { key: string; value: unknown };

export const rejectionsOf = (db: OnceDeskDb): Table<Rejection, string> => db.table('rejections');
export const conflictsOf = (db: OnceDeskDb): Table<ConflictNote, number> => db.table('conflicts');
export const syncStateOf = (db: OnceDeskDb): Table<SyncStateEntry, string> => db.table('syncState');
export const ackedOf = (db: OnceDeskDb): Table<AckedRow, [string, string]> => db.table('acked');
export const foreignRowsOf = (db: OnceDeskDb): Table<ForeignRow, [string, string]> => db.table('foreignRows');

export const getSyncState = async <K extends keyof SyncStateValues>(
  db: OnceDeskDb,
  key: K,
): Promise<SyncStateValues[K] | undefined> =>
  openFrom((await syncStateOf(db).get(key))?.value) as SyncStateValues[K] | undefined;

/** Secrets (the session, the device's id and secret) are sealed by the desktop shell (sealedState.ts). */
export const setSyncState = async <K extends keyof SyncStateValues>(
  db: OnceDeskDb,
  key: K,
  value: SyncStateValues[K],
): Promise<void> => {
  await syncStateOf(db).put({ key, value: sealFor(key, value) });
};

export const deleteSyncState = async (db: OnceDeskDb, key: keyof SyncStateValues): Promise<void> => {
  await syncStateOf(db).delete(key);
};

/** Offline verifiers are stored per username under this key prefix. */
export const verifierKey = (username: string): string => `verifier:${username}`;
