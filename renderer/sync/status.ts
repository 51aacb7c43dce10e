import type { SessionStaff } from '../../shared/sync/contract';
import type { PullProgress } from './pull';

/** What went wrong in the last run, as a code the UI turns into words. */
export type SyncErrorCode =
  | 'network'
  | 'server'
  | 'busy'
  | 'schemaMismatch'
  /** The server speaks a newer schema: this desk's software needs the update. */
  | 'deskOutdated'
  /** This desk speaks a newer schema than the server: the server needs the update. */
  | 'serverOutdated'
  | 'tooManyAttempts'
  | 'internal';

export type SyncStatus = {
  /** A server address is set; without one the desk works purely offline (demo). */
  configured: boolean;
  online: boolean;
  running: boolean;
  pending: number;
  lastSyncedAt: string | null;
  lastError: { code: SyncErrorCode; message: string } | null;
  /** The token is missing, expired or refused: ask the clerk to sign in again (offline work goes on). */
  needsSignIn: boolean;
  /** Rows received in the current pull and, when the server says, about how many in all. */
  progress: PullProgress | null;
  staff: SessionStaff | null;
  /** A live-update stream is open: other desks' changes arrive at once, not at the next timer. */
  live: boolean;
};

export const initialSyncStatus: SyncStatus = {
  configured: false,
  online: true,
  running: false,
  pending: 0,
  lastSyncedAt: null,
  lastError: null,
  needsSignIn: false,
  progress: null,
  staff: null,
  live: false,
};

/** A tiny observable for useSyncExternalStore: snapshots are replaced, never mutated. */
export class SyncStatusStore {
  private snapshot: SyncStatus;
  private readonly listeners = new Set<() => void>();

  constructor(initial: SyncStatus = initialSyncStatus) {
    this.snapshot = initial;
  }

  get = (): SyncStatus => this.snapshot;

  update = (change: Partial<SyncStatus>): void => {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
