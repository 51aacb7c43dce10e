import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DbProvider } from './app/DbContext';
import { I18nProvider } from './i18n/I18nProvider';
import { openDatabase } from './db/schema';
import { seedDemoData } from './db/seed';

const db = openDatabase();
// Seeding is idempotent and finishes before the first render, so screens never see a half-seeded catalog.
await seedDemoData(db, new Date());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DbProvider db={db}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </DbProvider>
  </StrictMode>,
);
