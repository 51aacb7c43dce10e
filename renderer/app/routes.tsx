import { createHashRouter } from 'react-router';
import { AppShell } from '../features/shell/AppShell';
import { HomePage } from '../features/home/HomePage';
import { PageState } from '../components/PageState';
import { RouteError } from './RouteError';

/**
 * Hash routing works the same under Electron's app:// protocol, a plain http server and file://.
 * AppShell sends a desk that has not been set up to /setup. A screen that throws is caught inside the
 * shell (navigation stays usable); an unknown address shows the not-found page.
 *
 * Home is in the main bundle (it is the first screen); every other screen is its own chunk, loaded on
 * first visit, so start-up parses only what the first screen needs.
 */
export const router = createHashRouter([
  {
    path: '/setup',
    lazy: async () => ({ Component: (await import('../features/setup/SetupPage')).SetupPage }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageState kind="loading" />,
  },
  {
    // The screen turned to the applicant (群众屏), opened in a second window: outside the shell on purpose.
    path: '/applicant',
    lazy: async () => ({
      Component: (await import('../features/applicant/ApplicantScreen')).ApplicantScreen,
    }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageState kind="loading" />,
  },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageState kind="loading" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'catalog',
            lazy: async () => ({ Component: (await import('../features/catalog/CatalogPage')).CatalogPage }),
          },
          {
            path: 'catalog/:itemId',
            lazy: async () => ({
              Component: (await import('../features/catalog/ItemDetailPage')).ItemDetailPage,
            }),
          },
          {
            path: 'cases',
            lazy: async () => ({
              Component: (await import('../features/cases/TodayCasesPage')).TodayCasesPage,
            }),
          },
          {
            path: 'cases/:caseId',
            lazy: async () => ({ Component: (await import('../features/cases/CasePage')).CasePage }),
          },
          {
            path: 'certificates',
            lazy: async () => ({
              Component: (await import('../features/certificates/CertificatesPage')).CertificatesPage,
            }),
          },
          {
            path: 'certificates/import',
            lazy: async () => ({
              Component: (await import('../features/certificates/ImportPage')).ImportPage,
            }),
          },
          {
            path: 'certificates/lists/:listId',
            lazy: async () => ({
              Component: (await import('../features/certificates/ListVersionPage')).ListVersionPage,
            }),
          },
          {
            path: 'certificates/entries/:entryId',
            lazy: async () => ({
              Component: (await import('../features/certificates/EntryPage')).EntryPage,
            }),
          },
          {
            path: 'duty',
            lazy: async () => ({ Component: (await import('../features/duty/shift/ShiftPage')).ShiftPage }),
          },
          {
            path: 'bottlenecks',
            lazy: async () => ({ Component: (await import('../features/duty/board/BoardPage')).BoardPage }),
          },
          {
            path: 'bottlenecks/:noteId',
            lazy: async () => ({ Component: (await import('../features/duty/board/NotePage')).NotePage }),
          },
          {
            path: 'settings',
            lazy: async () => ({
              Component: (await import('../features/settings/SettingsPage')).SettingsPage,
            }),
          },
        ],
      },
    ],
  },
]);
