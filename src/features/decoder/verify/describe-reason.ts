import type { ReasonCode, ReasonParams } from '../../../core/crypto/verification-result';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';

/** Core positions are indices from 0; people count characters from 1. */
const ZERO_BASED_PARAMS = new Set(['position']);
/** Parameters a message chooses its words by (ICU `select`), whose option names cannot hold `-`. */
const SELECT_PARAMS = new Set(['problem', 'keyType', 'expected', 'found', 'part']);

/**
 * A reason code and its parameters as a message key and values: lists joined in the locale's way,
 * positions counted from 1. Unknown codes cannot happen: the key type follows ReasonCode.
 */
export function describeReason(reason: ReasonCode, params: ReasonParams | undefined, locale: string): { key: MessageKey; values: MessageValues } {
  const values: MessageValues = {};
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  for (const [name, value] of Object.entries(params ?? {})) {
    if (Array.isArray(value)) values[name] = value.length > 0 ? list.format(value.map((item) => `“${item}”`)) : '—';
    else if (typeof value === 'number' && ZERO_BASED_PARAMS.has(name)) values[name] = value + 1;
    else if (typeof value === 'string' && SELECT_PARAMS.has(name)) values[name] = value.replaceAll('-', '_');
    else values[name] = value;
  }
  return { key: `verify.reason.${reason}`, values };
}
