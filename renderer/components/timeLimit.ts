import type { TimeLimit } from '../../shared/domain/serviceItem';
import type { Translate } from '../i18n/I18nProvider';

/** "1 个工作日", "30 日", or "即办" for a limit of zero (handled on the spot). */
export const formatTimeLimit = (t: Translate, limit: TimeLimit): string => {
  if (limit.value === 0) return t('common.immediate');
  return limit.unit === 'workingDays'
    ? t('common.workingDays', { count: limit.value })
    : t('common.naturalDays', { count: limit.value });
};
