import type { AttackError, AttackErrorCode } from '../../../core/crypto/attacks/attack-result';
import type { SignError } from '../../../core/crypto/sign-token';
import type { Translate } from '../../../i18n/use-t';
import { describeSignError, toValues, type SignedTexts } from '../describe-sign-error';

const OWN_CODES: ReadonlySet<string> = new Set<AttackErrorCode>(['attack-key-missing', 'attack-key-not-public', 'attack-input-missing', 'attack-signature-missing']);

function isSignError(error: AttackError): error is SignError {
  return !OWN_CODES.has(error.code);
}

/** An attack error as a sentence in the active language; the signer's errors keep the signer's words. */
export function describeAttackError(error: AttackError, t: Translate, locale: string, texts: SignedTexts): string {
  if (isSignError(error)) return describeSignError(error, t, locale, texts);
  return t(`encoder.attack.error.${error.code}`, toValues(error.params, locale));
}
