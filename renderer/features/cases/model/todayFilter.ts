import type { Case, CaseStatus } from '../../../../shared/domain/case';
import { isFinished } from '../../../../shared/domain/case';

/** `open` = not yet finished (已开始 or 办理中); otherwise one outcome, or everything. */
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

export type TodayFilter = { hallId: string; status: StatusFilter; query: string };

/** The day's rows of this hall, newest first (the query already sorts by startedAt descending). */
export const filterTodayCases = <
  T extends Pick<Case, 'hallId' | 'status' | 'applicantName' | 'deleted'> &
    Partial<Pick<Case, 'applicantIdNumber'>>,
>(
  rows: readonly T[],
  filter: TodayFilter,
): T[] => {
  const query = squash(filter.query);
  return rows.filter(
    (row) =>
      !row.deleted &&
      row.hallId === filter.hallId &&
      matchesStatus(row.status, filter.status) &&
      (query === '' || squash(row.applicantName).includes(query) || matchesIdNumber(row, query)),
  );
};
