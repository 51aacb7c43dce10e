import type { MessageKey } from '../../shared/i18n/messages';
import { hasRole, type Role } from '../../shared/domain/organization';

/** The sections of the left navigation, in Alt+1… order. */
export type Section = {
  path: string;
  labelKey: MessageKey;
  end: boolean;
  /** Shown only to this role and above (the server refuses their writes to anyone else anyway). */
  minRole?: Role;
  /** The label a clerk (staff only) sees, where the section shows them less. */
  staffLabelKey?: MessageKey;
};

export const sections: readonly Section[] = [
  { path: '/', labelKey: 'shell.nav.home', end: true },
  { path: '/catalog', labelKey: 'shell.nav.catalog', end: false },
  { path: '/cases', labelKey: 'shell.nav.cases', end: false },
  { path: '/certificates', labelKey: 'shell.nav.certificates', end: false },
  { path: '/duty', labelKey: 'duty.nav.shift', end: false, minRole: 'leader' },
  { path: '/bottlenecks', labelKey: 'duty.nav.board', end: false, staffLabelKey: 'duty.nav.myNotes' },
  { path: '/settings', labelKey: 'shell.nav.settings', end: false },
];

/** The sections this person sees, with the label for their role; Alt+N counts only these. */
export const sectionsFor = (roles: readonly Role[]): Section[] =>
  sections
    .filter((section) => !section.minRole || hasRole(roles, section.minRole))
    .map((section) =>
      section.staffLabelKey && !hasRole(roles, 'leader')
        ? { ...section, labelKey: section.staffLabelKey }
        : section,
    );

/** The catalog search box's element id: the global `/` and Ctrl+K shortcuts focus it. */
export const catalogSearchInputId = 'catalog-search';

/**
 * Where "开始陪跑" goes. Agreed with the cases feature: TodayCasesPage opens its start-case dialog for
 * the item named in `start`, then drops the parameter.
 */
export const startCasePath = (itemId: string): string => `/cases?start=${encodeURIComponent(itemId)}`;

export const itemPath = (itemId: string): string => `/catalog/${encodeURIComponent(itemId)}`;

export const casePath = (caseId: string): string => `/cases/${encodeURIComponent(caseId)}`;
