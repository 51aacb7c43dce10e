import type { Case } from './case';
import type { AdminLevel, ItemParty, VisitStage, WaitingPeriod, WindowRole } from './itemGuide';
import type { GuideAnswers, Material, ServiceItem } from './serviceItem';
import { isNeededMaterial, materialApplies } from './serviceItem';
import type { IsoDay } from '../time';
import { addDays, hallDayOf, startOfHallDay } from '../time';
import type { WorkCalendar } from '../calendar/workCalendar';
import { limitDeadline, nationalCalendar } from '../calendar/workCalendar';

/**
 * Pure readings of an item's guide for one case: who takes part, which visit it is at, what the window
 * does here, when the promise falls due. Absent guide fields have their plain meaning (one applicant,
 * one visit, decided where accepted).
 */
type Guide = Pick<
  ServiceItem,
  'parties' | 'stages' | 'authority' | 'excludedPeriods' | 'promisedLimit' | 'materials' | 'conditions'
>;

const soleApplicant: ItemParty[] = [{ role: 'applicant', inPerson: false }];

export const partiesOf = (item: Pick<ServiceItem, 'parties'>): ItemParty[] => item.parties ?? soleApplicant;

/** The 委托书 an agent must hand in, when the case recorded an agent (代办人) and the item allows one. */
export const agentLetterId = (
  current: Partial<Pick<Case, 'parties'>>,
  item: Pick<ServiceItem, 'agent'>,
): string | null =>
  item.agent && (current.parties ?? []).some((party) => party.role === 'agent')
    ? item.agent.letterMaterialId
    : null;

/**
 * Whether this applicant must hand the material in: the guide's requirement by the clerk's answers, and
 * the 委托书 once an agent acts for the applicant (optional in the guide, since most apply in person).
 */
export const isNeededFor = (
  material: Material,
  current: Partial<Pick<Case, 'answers' | 'parties'>>,
  item: Pick<ServiceItem, 'agent'>,
): boolean =>
  isNeededMaterial(material, current.answers) ||
  (material.id === agentLetterId(current, item) && materialApplies(material, current.answers));

/** The stage a case is at, or null for single-visit items. */
export const currentStage = (
  current: Pick<Case, 'stageId'>,
  item: Pick<ServiceItem, 'stages'>,
): VisitStage | null => {
  if (!item.stages) return null;
  return item.stages.find((stage) => stage.id === current.stageId) ?? item.stages[0] ?? null;
};

export const nextStage = (
  current: Pick<Case, 'stageId'>,
  item: Pick<ServiceItem, 'stages'>,
): VisitStage | null => {
  const stage = currentStage(current, item);
  if (!stage || !item.stages) return null;
  return item.stages[item.stages.indexOf(stage) + 1] ?? null;
};

/** Materials handed in at the case's current visit: the stage's own, or all for a single-visit item. */
export const materialsAtVisit = <M extends Material>(
  current: Pick<Case, 'stageId'>,
  item: Pick<ServiceItem, 'stages'> & { materials: readonly M[] },
): M[] => {
  const stage = currentStage(current, item);
  return stage
    ? item.materials.filter((material) => stage.materialIds.includes(material.id))
    : [...item.materials];
};

/**
 * What this window does with the item. A window below the deciding level (a 乡镇 window for a county
 * decision) can only collect and forward; at the deciding level the guide says (受理, 当场办结, 帮办).
 */
export const windowRoleAt = (
  item: Pick<ServiceItem, 'authority' | 'immediate'>,
  hallLevel: AdminLevel = 'city',
): WindowRole => {
  const authority = item.authority;
  if (!authority) return item.immediate ? 'onTheSpot' : 'accept';
  if (hallLevel !== authority.decisionLevel && levelRank[hallLevel] > levelRank[authority.decisionLevel])
    return 'collectAndForward';
  return authority.windowRole;
};

const levelRank: Record<AdminLevel, number> = { province: 0, city: 1, county: 2, township: 3 };

/** Whether a hall of this level may accept the item at all (受理层级). */
export const acceptsAtLevel = (item: Pick<ServiceItem, 'authority'>, hallLevel: AdminLevel = 'city') =>
  !item.authority || item.authority.acceptLevels.includes(hallLevel);

/** The hall day a period ends on (inclusive), counted per its rule from `fromDay`. */
export const periodEndDay = (
  period: Pick<WaitingPeriod, 'value' | 'unit' | 'startsFrom'>,
  fromDay: IsoDay,
  calendar: WorkCalendar = nationalCalendar,
): IsoDay => {
  // 期间开始的当日不计入 (民法典第二百零一条): a 30-day period applied for on day d ends with d+30.
  let day = period.startsFrom === 'nextDay' ? fromDay : addDays(fromDay, -1);
  let remaining = period.value;
  while (remaining > 0) {
    day = addDays(day, 1);
    if (period.unit === 'naturalDays' || calendar.isWorkingDay(day)) remaining -= 1;
  }
  return day;
};

/**
 * When the promise falls due for a visit starting at `start`: the promised limit by the holiday
 * calendar, plus periods the law leaves out of it (公示 7 日 is not the office's time).
 */
export const promisedDeadline = (
  item: Pick<Guide, 'promisedLimit' | 'excludedPeriods'>,
  start: Date,
  calendar: WorkCalendar = nationalCalendar,
): Date => {
  const base = limitDeadline(start, item.promisedLimit, calendar);
  let day = hallDayOf(new Date(base.getTime() - 1));
  for (const period of item.excludedPeriods ?? []) day = periodEndDay(period, day, calendar);
  return startOfHallDay(addDays(day, 1));
};

export type VisitWindow = {
  /** The waiting period's last day (冷静期届满日). */
  waitEndsOn: IsoDay;
  /** The first day the next visit may happen. */
  opensOn: IsoDay;
  /** The last day it may happen, or null when the guide sets none. */
  closesOn: IsoDay | null;
};

/** When the next visit of a waiting multi-visit case may happen, counted from the last visit's day. */
export const nextVisitWindow = (
  current: Pick<Case, 'stageId' | 'visits' | 'startedAt'>,
  item: Pick<ServiceItem, 'stages'>,
  calendar: WorkCalendar = nationalCalendar,
): VisitWindow | null => {
  const stage = nextStage(current, item);
  if (!stage?.waitBefore) return null;
  const lastVisit = current.visits?.at(-1)?.at ?? current.startedAt;
  const waitEndsOn = periodEndDay(stage.waitBefore, hallDayOf(lastVisit), calendar);
  const opensOn = addDays(waitEndsOn, 1);
  const closesOn = stage.within
    ? periodEndDay({ ...stage.within, startsFrom: 'nextDay' }, waitEndsOn, calendar)
    : null;
  return { waitEndsOn, opensOn, closesOn };
};

/** Questions of the guide the clerk has not answered yet for this case. */
export const unansweredConditions = (
  answers: GuideAnswers | undefined,
  item: Pick<ServiceItem, 'conditions'>,
) => (item.conditions ?? []).filter((condition) => answers?.[condition.id] === undefined);

/**
 * Why this desk may not start a case of the item, or null when it may: another bureau's item, or one
 * accepted at other levels (低保 at the 乡镇, marriage at the county registry).
 */
export const deskRefusal = (
  deskDepartmentId: string,
  hallLevel: AdminLevel | undefined,
  item: Pick<ServiceItem, 'departmentId' | 'authority'>,
): 'otherDepartment' | 'otherLevel' | null => {
  if (item.departmentId !== null && item.departmentId !== deskDepartmentId) return 'otherDepartment';
  if (!acceptsAtLevel(item, hallLevel)) return 'otherLevel';
  return null;
};
