import { createHashRouter } from 'react-router';
import { AppShell } from '../features/shell/AppShell';
import { SetupPage } from '../features/setup/SetupPage';
import { HomePage } from '../features/home/HomePage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { ItemDetailPage } from '../features/catalog/ItemDetailPage';
import { TodayCasesPage } from '../features/cases/TodayCasesPage';
import { CasePage } from '../features/cases/CasePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { RouteError } from './RouteError';

/**
 * Hash routing works the same under Electron's app:// protocol, a plain http server and file://.
 * AppShell sends a desk that has not been set up to /setup. A screen that throws is caught inside the
 * shell (navigation stays usable); an unknown address shows the not-found page.
 */
export const router = createHashRouter([
  { path: '/setup', element: <SetupPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'catalog', element: <CatalogPage /> },
          { path: 'catalog/:itemId', element: <ItemDetailPage /> },
          { path: 'cases', element: <TodayCasesPage /> },
          { path: 'cases/:caseId', element: <CasePage /> },
          { path: 'settings', element: <SettingsPage /> },
        ],
      },
    ],
  },
]);
