import type { Case } from './case';
import { finishedOnReturnVisit, lastVisitDay } from './returnVisit';
import type { IsoDay } from '../time';

/**
 * A day's figures at a window or a hall, as pure functions over case rows. Each case of the day lands in
 * exactly one figure, so the figures add up to `total` and no ending is silently dropped: a case handed on
 * (已转办 / 已代收) is neither 一次办结 (this window did not decide it) nor 办理中, and a divorce waiting
 * out its 冷静期 is not 办理中 either — nothing is to be done until the parties come back.
 */
export type DayFigures = {
  total: number;
  /** 办结 on the first visit (or at the last stage of a multi-visit item): the 一次办结 figure. */
  completedInOneVisit: number;
  /** 办结 on a return visit after 需补正 (the case may have started on an earlier day). */
  completedOnReturn: number;
  needsSupplement: number;
  /** 已转办 and 已代收: ended here and handed on to the body that decides. */
  handedOn: number;
  /** Between the visits of a multi-visit item (离婚冷静期). */
  waiting: number;
  /** 待办理 and 办理中: still being handled. */
  inProgress: number;
  /** 不予受理, 转网上办理, 已撤回. */
  otherEndings: number;
};

export const emptyDayFigures = (): DayFigures => ({
  total: 0,
  completedInOneVisit: 0,
  completedOnReturn: 0,
  needsSupplement: 0,
  handedOn: 0,
  waiting: 0,
  inProgress: 0,
  otherEndings: 0,
});

type Row = Pick<Case, 'day' | 'status' | 'visits' | 'startedAt' | 'windowId' | 'hallId' | 'deleted'>;

/**
 * Whether the case belongs to the day, and at which window: a case started that day counts at the window
 * that opened it; a case started earlier whose applicant came back that day (补正续办, 离婚登记's second
 * visit) counts at the window that saw them that day. Null: not the day's work.
 */
export const windowOfDay = (row: Row, day: IsoDay): Case['windowId'] | null => {
  if (row.deleted) return null;
  if (row.day === day) return row.windowId;
  if (row.day < day && (row.visits?.length ?? 0) > 1 && lastVisitDay(row) === day)
    return row.visits?.at(-1)?.windowId ?? row.windowId;
  return null;
};

/** Which figure a case of the day counts in. */
export const figureOf = (row: Pick<Case, 'status' | 'visits'>): Exclude<keyof DayFigures, 'total'> => {
  if (finishedOnReturnVisit(row)) return 'completedOnReturn';
  switch (row.status) {
    case 'completedInOneVisit':
      return 'completedInOneVisit';
    case 'needsSupplement':
      return 'needsSupplement';
    case 'transferred':
    case 'collected':
      return 'handedOn';
    case 'waiting':
      return 'waiting';
    case 'started':
    case 'inProgress':
      return 'inProgress';
    case 'notAccepted':
    case 'movedOnline':
    case 'withdrawn':
      return 'otherEndings';
  }
};

export type FigurePlace = { windowId: string } | { hallId: string };

/**
 * The day's figures at a window or a hall over any rows (a row read twice, through two indexes, is
 * counted once).
 */
export const dayFigures = (rows: Iterable<Row & Pick<Case, 'id'>>, day: IsoDay, place: FigurePlace) => {
  const figures = emptyDayFigures();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const windowId = windowOfDay(row, day);
    if (windowId === null) continue;
    if ('windowId' in place ? windowId !== place.windowId : row.hallId !== place.hallId) continue;
    figures.total += 1;
    figures[figureOf(row)] += 1;
  }
  return figures;
};
