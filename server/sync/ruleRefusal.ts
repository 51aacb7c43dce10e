import { messages, type MessageKey } from '../../shared/i18n/messages';
import type { RuleViolation } from '../../shared/sync/rowRules';
import type { Refusal } from './permissions';

/**
 * A table rule's refusal on the wire: the rule's English message for whoever reads server logs, with
 * the rule's code in a fixed tail `(rule <code>)` so the desk can show its own words for it.
 */
export const ruleRefusal = (violation: RuleViolation): Refusal => {
  const key = `rule.${violation.code}`;
  const english = key in messages.en ? messages.en[key as MessageKey] : 'Refused by a rule of this table.';
  return { reason: violation.reason, message: `${english} (rule ${violation.code})` };
};
