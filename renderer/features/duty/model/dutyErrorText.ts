import type { MessageKey } from '../../../../shared/i18n/messages';
import { errorText } from '../../../components/errorText';
import { RuleViolationError } from '../../../db/mutate';

/** A refused duty write in the clerk's words: the rule's own message, else the error's. */
export const dutyErrorText = (
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  error: unknown,
): string =>
  error instanceof RuleViolationError
    ? t(`rule.${error.violation.code}` as MessageKey)
    : t('duty.error.saveFailed', { message: errorText(error) });
