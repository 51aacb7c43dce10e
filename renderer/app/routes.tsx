import { createHashRouter } from 'react-router';
import { AppShell } from '../features/shell/AppShell';
import { SetupPage } from '../features/setup/SetupPage';
import { HomePage } from '../features/home/HomePage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { ItemDetailPage } from '../features/catalog/ItemDetailPage';
import { TodayCasesPage } from '../features/cases/TodayCasesPage';
import { CasePage } from '../features/cases/CasePage';
import { SettingsPage } from '../features/settings/SettingsPage';

/**
 * Hash routing works the same under Electron's app:// protocol, a plain http server and file://.
 * AppShell sends a desk that has not been set up to /setup.
 */
export const router = createHashRouter([
  { path: '/setup', element: <SetupPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'catalog', element: <CatalogPage /> },
      { path: 'catalog/:itemId', element: <ItemDetailPage /> },
      { path: 'cases', element: <TodayCasesPage /> },
      { path: 'cases/:caseId', element: <CasePage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
]);
