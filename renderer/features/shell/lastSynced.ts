import { hallDayOf } from '../../../shared/time';

/**
 * The pill shows today's last sync as a time only; an older one (a desk offline since yesterday) also
 * shows its day, so "09:12" from last week cannot pass for this morning. Hall calendar days.
 */
export const lastSyncedPattern = (lastSyncedAt: Date, now: Date, dayTimePattern: string): string =>
  hallDayOf(lastSyncedAt) === hallDayOf(now) ? 'HH:mm' : dayTimePattern;
