import type { EncryptError, EncryptWarning } from '../../core/crypto/encrypt-jwe';
import type { Translate } from '../../i18n/use-t';
import { describeSignError, toValues, type SignedTexts } from './describe-sign-error';

/** An encryption error as a sentence in the active language; JSON and key-reading errors share the signer's words. */
export function describeEncryptError(error: EncryptError, t: Translate, locale: string, texts: SignedTexts): string {
  switch (error.code) {
    case 'json-invalid':
    case 'key-unreadable':
      return describeSignError({ code: error.code, field: 'key', params: error.params, ...(error.keyError ? { keyError: error.keyError } : {}) }, t, locale, texts);
    case 'sign-failed':
      return t('encoder.jwe.error.sign-failed', { reason: error.signError ? describeSignError(error.signError, t, locale, texts) : '' });
    default:
      return t(`encoder.jwe.error.${error.code}`, toValues(error.params, locale));
  }
}

/** An encryption warning as a sentence. */
export function describeEncryptWarning(warning: EncryptWarning, t: Translate, locale: string): string {
  return t(`encoder.jwe.warning.${warning.code}`, toValues(warning.params, locale));
}

