import { createHashRouter } from 'react-router';
import { AppShell } from '../features/shell/AppShell';
import { HomePage } from '../features/home/HomePage';
import { PageState } from '../components/PageState';
import { RouteError } from './RouteError';

/** Every screen but home, each its own chunk (see the router below). */
const screens = {
  setupPage: () => import('../features/setup/SetupPage'),
  applicantScreen: () => import('../features/applicant/ApplicantScreen'),
  catalogPage: () => import('../features/catalog/CatalogPage'),
  itemDetailPage: () => import('../features/catalog/ItemDetailPage'),
  todayCasesPage: () => import('../features/cases/TodayCasesPage'),
  casePage: () => import('../features/cases/CasePage'),
  certificatesPage: () => import('../features/certificates/CertificatesPage'),
  importPage: () => import('../features/certificates/ImportPage'),
  listVersionPage: () => import('../features/certificates/ListVersionPage'),
  entryPage: () => import('../features/certificates/EntryPage'),
  shiftPage: () => import('../features/duty/shift/ShiftPage'),
  boardPage: () => import('../features/duty/board/BoardPage'),
  notePage: () => import('../features/duty/board/NotePage'),
  settingsPage: () => import('../features/settings/SettingsPage'),
};

/**
 * Loads every screen's chunk once the first screen is up and the browser is idle. A desk served over
 * the hall network (the browser build) that loses the network must still open 今日办件 or a case:
 * a chunk first asked for while offline cannot be fetched, and the screen would fail to load. Home
 * stays the only screen parsed before the first paint. A chunk that fails now is simply asked for again
 * on its first visit.
 */
export const preloadScreens = (): Promise<unknown> =>
  Promise.all(Object.values(screens).map((load) => load().catch(() => undefined)));

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
    lazy: async () => ({ Component: (await screens.setupPage()).SetupPage }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageState kind="loading" />,
  },
  {
    // The screen turned to the applicant (群众屏), opened in a second window: outside the shell on purpose.
    path: '/applicant',
    lazy: async () => ({ Component: (await screens.applicantScreen()).ApplicantScreen }),
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
            lazy: async () => ({ Component: (await screens.catalogPage()).CatalogPage }),
          },
          {
            path: 'catalog/:itemId',
            lazy: async () => ({ Component: (await screens.itemDetailPage()).ItemDetailPage }),
          },
          {
            path: 'cases',
            lazy: async () => ({ Component: (await screens.todayCasesPage()).TodayCasesPage }),
          },
          {
            path: 'cases/:caseId',
            lazy: async () => ({ Component: (await screens.casePage()).CasePage }),
          },
          {
            path: 'certificates',
            lazy: async () => ({ Component: (await screens.certificatesPage()).CertificatesPage }),
          },
          {
            path: 'certificates/import',
            lazy: async () => ({ Component: (await screens.importPage()).ImportPage }),
          },
          {
            path: 'certificates/lists/:listId',
            lazy: async () => ({ Component: (await screens.listVersionPage()).ListVersionPage }),
          },
          {
            path: 'certificates/entries/:entryId',
            lazy: async () => ({ Component: (await screens.entryPage()).EntryPage }),
          },
          {
            path: 'duty',
            lazy: async () => ({ Component: (await screens.shiftPage()).ShiftPage }),
          },
          {
            path: 'bottlenecks',
            lazy: async () => ({ Component: (await screens.boardPage()).BoardPage }),
          },
          {
            path: 'bottlenecks/:noteId',
            lazy: async () => ({ Component: (await screens.notePage()).NotePage }),
          },
          {
            path: 'settings',
            lazy: async () => ({ Component: (await screens.settingsPage()).SettingsPage }),
          },
        ],
      },
    ],
  },
]);
