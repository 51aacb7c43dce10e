import type { OnceDeskDb } from '../db/schema';
import { SyncEngine } from './engine';
import { attachSyncTriggers } from './triggers';

/**
 * The app's sync: one engine over the browser's fetch and clock, with its triggers on `window`.
 * Without a server address every run ends at once as `notConfigured` (pure offline demo).
 */
export const startSync = async (db: OnceDeskDb): Promise<{ engine: SyncEngine; stop: () => void }> => {
  const fetchImpl = (input: string, init?: RequestInit) => fetch(input, init);
  const engine = new SyncEngine({ db, fetch: fetchImpl, now: () => new Date() });
  await engine.load();
  const stop = attachSyncTriggers({
    db,
    engine,
    events: window,
    live: { fetch: fetchImpl },
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
  });
  return { engine, stop };
};
