import type { Locale } from '../../shared/i18n/messages';

/**
 * date-fns patterns per interface language. They are format code, not text to translate, so they live
 * here rather than in the message tables.
 */
export const datePatterns: Record<
  Locale,
  { longDay: string; monthDay: string; dayTime: string; dayTimeSeconds: string; fullDayTime: string }
> = {
  'zh-CN': {
    longDay: 'yyyy年M月d日 EEEE',
    monthDay: 'M月d日',
    dayTime: 'M月d日 HH:mm',
    dayTimeSeconds: 'M月d日 HH:mm:ss',
    fullDayTime: 'yyyy年M月d日 HH:mm',
  },
  en: {
    longDay: 'EEEE, d MMMM yyyy',
    monthDay: 'd MMMM',
    dayTime: 'd MMM HH:mm',
    dayTimeSeconds: 'd MMM HH:mm:ss',
    fullDayTime: 'd MMM yyyy HH:mm',
  },
};
