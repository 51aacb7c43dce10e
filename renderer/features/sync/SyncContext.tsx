import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncEngine } from '../../sync/engine';
import { initialSyncStatus, type SyncStatus } from '../../sync/status';

const SyncContext = createContext<SyncEngine | null>(null);

/** Mounted once around the app (main.tsx) with the engine startSync() made. */
export const SyncProvider = ({ engine, children }: { engine: SyncEngine; children: ReactNode }) => (
  <SyncContext.Provider value={engine}>{children}</SyncContext.Provider>
);

/** The engine, or null when the app runs without sync (tests, a bare demo). */
export const useSyncEngine = (): SyncEngine | null => useContext(SyncContext);

const noEngine = () => () => undefined;

export const useSyncStatus = (): SyncStatus => {
  const engine = useSyncEngine();
  return useSyncExternalStore(
    engine?.status.subscribe ?? noEngine,
    engine?.status.get ?? (() => initialSyncStatus),
  );
};
