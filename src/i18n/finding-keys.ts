import type { RuleNeed, Severity } from '../core/findings/finding';
import type { RuleId } from '../core/findings/rule-ids';
import type { MessageKey } from './i18n';

// The findings catalogue is keyed by rule and message ids; src/core/findings/rule-files.test.ts
// checks that every key built here exists in every locale, which is what makes these casts safe.

/** The key of a rule's title, why-it-matters or what-to-do text. */
export function ruleTextKey(id: RuleId, text: 'title' | 'why' | 'fix'): MessageKey {
  return `rule.${id}.${text}` as MessageKey;
}

/** The key of a finding's (or a finding note's) message. */
export function findingMessageKey(id: RuleId, messageId: string): MessageKey {
  return `finding.${id}.${messageId}` as MessageKey;
}

/** The key of a severity's name. */
export function severityKey(severity: Severity): MessageKey {
  return `severity.${severity}` as MessageKey;
}

/** The key of what a rule needs. */
export function needKey(need: RuleNeed): MessageKey {
  return `need.${need}` as MessageKey;
}
