import type { MessageKey } from '../../../../shared/i18n/messages';
import { RuleViolationError } from '../../../db/mutate';

/**
 * A refused duty write in the clerk's words: the rule's own message, else a plain sentence (a thrown
 * error's text is English and technical, so it is logged, never shown).
 */
export const dutyErrorText = (
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  error: unknown,
): string => {
  if (error instanceof RuleViolationError) return t(`rule.${error.violation.code}` as MessageKey);
  console.error(error);
  return t('duty.error.saveFailed');
};
