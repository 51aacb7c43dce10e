import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BootError } from './app/BootError';
import { StorageBlockedError, withTimeout } from './app/bootError';
import { DbProvider } from './app/DbContext';
import { I18nProvider } from './i18n/I18nProvider';
import { openDatabase, type OnceDeskDb } from './db/schema';
import { seedDemoData } from './db/seed';
import { SyncProvider } from './features/sync/SyncContext';
import { startSync } from './sync/startSync';
import { preloadScreens } from './app/routes';

const root = createRoot(document.getElementById('root')!);
const render = (node: ReactNode) =>
  root.render(
    <StrictMode>
      <I18nProvider>{node}</I18nProvider>
    </StrictMode>,
  );

/**
 * Opens the local database and seeds it before the first render, so screens never see a half-seeded
 * catalog. Seeding is idempotent and, once done, costs one meta read. A database that another window
 * holds open at an older version fires `blocked` and would wait forever: that, a hang, or a refusal
 * (IndexedDB disabled, disk full) ends in a readable error screen instead of a blank window.
 */
const boot = async (): Promise<OnceDeskDb> => {
  const db = openDatabase();
  const blocked = new Promise<never>((_resolve, reject) => {
    db.on('blocked', () => reject(new StorageBlockedError()));
  });
  await withTimeout(Promise.race([db.open(), blocked]), 15_000, 'open');
  await withTimeout(seedDemoData(db, new Date()), 30_000, 'seed');
  return db;
};

try {
  const db = await boot();
  // Sync starts after the local data is ready and never blocks it: offline, every run just ends early.
  const { engine } = await startSync(db);
  render(
    <DbProvider db={db}>
      <SyncProvider engine={engine}>
        <App />
      </SyncProvider>
    </DbProvider>,
  );
  // After the first screen, while idle: every other screen's code, so losing the network later does
  // not leave a screen that cannot load (routes.tsx).
  const preload = () => void preloadScreens();
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(preload, { timeout: 5000 });
  else window.setTimeout(preload, 2000);
} catch (error) {
  console.error('OnceDesk start-up failed', error);
  render(<BootError error={error} />);
}
