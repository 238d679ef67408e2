import type { ReasonCode, ReasonParams } from '../core/crypto/verification-result';
import { sayPosition } from './format';
import type { MessageKey, MessageValues } from './i18n';

/** Parameters a message chooses its words by (ICU `select`), whose option names cannot hold `-`. */
const SELECT_PARAMS = new Set(['problem', 'keyType', 'expected', 'found', 'part']);

/**
 * A reason's parameters as message values: lists joined in the locale's way, positions counted from
 * 1, select options with `_` for `-`. Shared by the verify and decrypt panels' reasons.
 */
export function sayReasonParams(params: ReasonParams | undefined, locale: string): MessageValues {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const say = (name: string, value: string | number | string[]): string | number => {
    if (Array.isArray(value)) return value.length > 0 ? list.format(value.map((item) => `“${item}”`)) : '—';
    if (typeof value === 'number' && name === 'position') return sayPosition(value);
    if (typeof value === 'string' && SELECT_PARAMS.has(name)) return value.replaceAll('-', '_');
    return value;
  };
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, say(name, value)]));
}

/**
 * A verification result's reason code and its parameters as a message key and values (see
 * sayReasonParams). Unknown codes cannot happen: the key type follows ReasonCode.
 */
export function describeVerificationReason(reason: ReasonCode, params: ReasonParams | undefined, locale: string): { key: MessageKey; values: MessageValues } {
  return { key: `verify.reason.${reason}`, values: sayReasonParams(params, locale) };
}
