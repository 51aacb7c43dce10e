import type { Case, CaseStatus } from '../../../../shared/domain/case';
import { isFinished } from '../../../../shared/domain/case';
import { windowOfDay } from '../../../../shared/domain/dayFigures';
import type { IsoDay } from '../../../../shared/time';

/** `open` = not yet finished (待办理 or 办理中); otherwise one outcome, or everything. */
export type StatusFilter = 'all' | 'open' | Exclude<CaseStatus, 'started' | 'inProgress'>;

export const statusFilters: readonly StatusFilter[] = [
  'all',
  'open',
  'completedInOneVisit',
  'needsSupplement',
  'transferred',
  'collected',
  'notAccepted',
  'movedOnline',
  'waiting',
  'withdrawn',
];

const matchesStatus = (status: CaseStatus, filter: StatusFilter): boolean => {
  if (filter === 'all') return true;
  if (filter === 'open') return !isFinished(status);
  return status === filter;
};

/** Names are compared without spaces, so "张 三" typed with an IME space still finds 张三. */
const squash = (text: string): string => text.replace(/[\s\u3000]+/g, '').toLowerCase();

/**
 * A typed ID number (whole, or at least its last six characters) finds the applicant: the number is
 * masked on screen, but the clerk may have the card in hand.
 */
const matchesIdNumber = (row: Partial<Pick<Case, 'applicantIdNumber'>>, query: string): boolean =>
  /^[0-9x]{6,18}$/.test(query) && (row.applicantIdNumber ?? '').toLowerCase().endsWith(query);

/**
 * Whose cases the list shows: this window's (the default, as the home screen's figures count) or the whole
 * hall's. A case counts at the window that saw the applicant that day (dayFigures.windowOfDay), so the
 * window list and the home figures always agree.
 */
export type TodayScope = 'window' | 'hall';

export type TodayFilter = {
  scope: TodayScope;
  hallId: string;
  windowId: string;
  day: IsoDay;
  status: StatusFilter;
  query: string;
};

type FilterRow = Pick<
  Case,
  'hallId' | 'windowId' | 'day' | 'visits' | 'startedAt' | 'status' | 'applicantName' | 'deleted'
> &
  Partial<Pick<Case, 'applicantIdNumber'>>;

const inScope = (row: FilterRow, filter: TodayFilter): boolean =>
  filter.scope === 'window'
    ? windowOfDay(row, filter.day) === filter.windowId
    : row.hallId === filter.hallId && windowOfDay(row, filter.day) !== null;

/** The day's rows of this window or hall, newest first (the query already sorts by startedAt descending). */
export const filterTodayCases = <T extends FilterRow>(rows: readonly T[], filter: TodayFilter): T[] => {
  const query = squash(filter.query);
  return rows.filter(
    (row) =>
      !row.deleted &&
      inScope(row, filter) &&
      matchesStatus(row.status, filter.status) &&
      (query === '' || squash(row.applicantName).includes(query) || matchesIdNumber(row, query)),
  );
};
