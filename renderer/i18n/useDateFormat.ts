import { useCallback } from 'react';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { enUS, zhCN } from 'date-fns/locale';
import { useI18n } from './useI18n';

/** The hall's time zone (shared/time.ts): a desk with a wrong OS zone still shows hall times. */
const hallTimeZone = tz('Asia/Shanghai');

/** Dates are formatted with date-fns in the interface language, in the hall's time zone. */
export const useDateFormat = () => {
  const { locale } = useI18n();
  return useCallback(
    (instant: string | Date, pattern: string) =>
      format(typeof instant === 'string' ? new Date(instant) : instant, pattern, {
        locale: locale === 'zh-CN' ? zhCN : enUS,
        in: hallTimeZone,
      }),
    [locale],
  );
};
