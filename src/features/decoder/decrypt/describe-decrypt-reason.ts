import { describeVerificationReason, sayReasonParams } from '../../../i18n/describe-verification-reason';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';
import type { DecryptionVerdict } from './decryption-verdict';
import type { DecryptMessageKey } from './decrypt-texts';

/** A reason as messages: decrypt.json's, then for an unreadable key the verify panel's own description of it. */
export interface DecryptReasonText {
  key: DecryptMessageKey;
  values: MessageValues;
  keyError?: { key: MessageKey; values: MessageValues };
}

/** Returns the message for why a decryption failed, or null when it did not fail. */
export function describeDecryptReason(verdict: DecryptionVerdict, locale: string): DecryptReasonText | null {
  if (verdict.state === 'unavailable') return { key: 'decrypt.reason.decrypter-unavailable', values: {} };
  if (verdict.state !== 'failed') return null;
  const { reason, params, keyError } = verdict.result;
  const text: DecryptReasonText = { key: `decrypt.reason.${reason}`, values: sayReasonParams(params, locale) };
  if (keyError !== undefined && keyError.code !== 'key-empty') {
    const { code, ...errorParams } = keyError;
    text.keyError = describeVerificationReason(code, errorParams, locale);
  }
  return text;
}
