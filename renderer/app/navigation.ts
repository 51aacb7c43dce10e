import type { MessageKey } from '../../shared/i18n/messages';

/** The sections of the left navigation, in Alt+1… order. */
export type Section = { path: string; labelKey: MessageKey; end: boolean };

export const sections: readonly Section[] = [
  { path: '/', labelKey: 'shell.nav.home', end: true },
  { path: '/catalog', labelKey: 'shell.nav.catalog', end: false },
  { path: '/cases', labelKey: 'shell.nav.cases', end: false },
  { path: '/certificates', labelKey: 'shell.nav.certificates', end: false },
  { path: '/settings', labelKey: 'shell.nav.settings', end: false },
];

/** The catalog search box's element id: the global `/` and Ctrl+K shortcuts focus it. */
export const catalogSearchInputId = 'catalog-search';

/**
 * Where "开始陪跑" goes. Agreed with the cases feature: TodayCasesPage opens its start-case dialog for
 * the item named in `start`, then drops the parameter.
 */
export const startCasePath = (itemId: string): string => `/cases?start=${encodeURIComponent(itemId)}`;

export const itemPath = (itemId: string): string => `/catalog/${encodeURIComponent(itemId)}`;

export const casePath = (caseId: string): string => `/cases/${encodeURIComponent(caseId)}`;
