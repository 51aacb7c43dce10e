import type { Translate } from '../../../i18n/I18nProvider';

const minuteMs = 60_000;

export type DurationParts = { days: number; hours: number; minutes: number };

/** Whole minutes, rounded down: a clerk reads "12 分钟", never seconds. */
export const splitDuration = (ms: number): DurationParts => {
  const totalMinutes = Math.floor(Math.max(0, ms) / minuteMs);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
};

/** The shortest natural wording: minutes under an hour, hours and minutes under a day, else days and hours. */
export const formatDuration = (t: Translate, ms: number): string => {
  const { days, hours, minutes } = splitDuration(ms);
  if (days > 0) return t('cases.duration.days', { days, hours });
  if (hours > 0) return t('common.hoursMinutes', { hours, minutes });
  if (minutes === 0) return t('cases.duration.lessThanMinute');
  return t('common.minutes', { count: minutes });
};
