import { useCallback } from 'react';
import { format } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { useI18n } from './useI18n';

/** Dates are formatted with date-fns in the interface language; instants are shown in local time. */
export const useDateFormat = () => {
  const { locale } = useI18n();
  return useCallback(
    (instant: string | Date, pattern: string) =>
      format(typeof instant === 'string' ? new Date(instant) : instant, pattern, {
        locale: locale === 'zh-CN' ? zhCN : enUS,
      }),
    [locale],
  );
};
