import { promiseProgress } from '../../../../shared/domain/caseMachine';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { hallDayOf, type IsoDay } from '../../../../shared/time';
import type { Translate } from '../../../i18n/I18nProvider';

export type PromiseView = ReturnType<typeof promiseProgress> & {
  /** 即办件: handled on the spot, due the same hall day. */
  immediate: boolean;
  /** The last hall day on which the promise is still kept (`promisedBy` is the exclusive end). */
  lastDay: IsoDay;
};

// Only a 0-day promise is due the same hall day: a guide may flag an item 即办件 yet promise 1 working day
// (失业保险金申领), and then promisedBy, the countdown and 在承诺时限内办结 all follow that promise.
const isImmediate = (item: Pick<ServiceItem, 'promisedLimit'>): boolean => item.promisedLimit.value === 0;

export const promiseView = (
  current: Pick<Case, 'startedAt' | 'promisedBy' | 'finishedAt'>,
  item: Pick<ServiceItem, 'immediate' | 'promisedLimit'>,
  now: Date,
): PromiseView => ({
  ...promiseProgress(current, now),
  immediate: isImmediate(item),
  lastDay: hallDayOf(new Date(Date.parse(current.promisedBy) - 1)),
});

/** "11月28日" from a hall day, without going through the machine's time zone. */
export const formatHallDay = (t: Translate, day: IsoDay): string => {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return t('cases.notice.date', { year: year ?? '', month: month ?? '', day: dayOfMonth ?? '' });
};
