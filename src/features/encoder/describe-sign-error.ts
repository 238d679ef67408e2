import type { SignError, SignWarning } from '../../core/crypto/sign-token';
import type { ReasonParams } from '../../core/crypto/verification-result';
import type { KeyError } from '../../core/keys/key-error';
import type { KeyNote } from '../../core/keys/key-note';
import type { MessageValues } from '../../i18n/i18n';
import type { Translate } from '../../i18n/use-t';
import { locatePosition } from './locate-position';

/** Parameters a message chooses its words by (ICU `select`), whose option names cannot hold `-`. */
const SELECT_PARAMS = new Set(['problem', 'keyType', 'expected', 'found', 'part', 'format', 'family']);
/** Core positions count from 0; people count from 1 (JSON positions become line and column instead). */
const ZERO_BASED_PARAMS = new Set(['position']);

/** What each algorithm needs, for "the key does not fit" messages. */
function needOf(alg: string): { family: string; needCurve: string } {
  if (alg.startsWith('HS')) return { family: 'hmac', needCurve: '' };
  if (alg.startsWith('RS') || alg.startsWith('PS')) return { family: 'rsa', needCurve: '' };
  if (alg.startsWith('ES')) return { family: 'ecdsa', needCurve: { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[alg] ?? '' };
  return { family: 'eddsa', needCurve: 'Ed25519' };
}

/** Message values from error parameters: lists joined, positions counted from 1, select options without `-`. */
export function toValues(params: ReasonParams | Omit<KeyError, 'code'>, locale: string): MessageValues {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const say = (name: string, value: unknown): string | number | null => {
    if (Array.isArray(value)) return value.length > 0 ? list.format(value.map((item) => `“${String(item)}”`)) : '—';
    if (typeof value === 'number' && ZERO_BASED_PARAMS.has(name)) return value + 1;
    if (typeof value === 'string' && SELECT_PARAMS.has(name)) return value.replaceAll('-', '_');
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  };
  const said = Object.entries(params).map(([name, value]): [string, string | number | null] => [name, say(name, value)]);
  return Object.fromEntries(said.filter((entry): entry is [string, string | number] => entry[1] !== null));
}

/** The unexpected character of a JSON error, quoted; a line break (which parseJson names by code point) in words. */
export function describeFound(found: string, t: Translate): string {
  return found === 'U+000A' || found === 'U+000D' ? t('encoder.lineBreak') : `“${found}”`;
}

/** The inputs' texts, for turning JSON positions into line and column. */
export interface SignedTexts {
  header: string;
  payload: string;
}

/** A signing error as a sentence in the active language; key errors reuse the verifier's reasons. */
export function describeSignError(error: SignError, t: Translate, locale: string, texts: SignedTexts): string {
  const values = toValues(error.params, locale);
  switch (error.code) {
    case 'json-invalid': {
      const text = error.params.part === 'header' ? texts.header : texts.payload;
      const { line, column } = locatePosition(text, Number(error.params.position));
      const found = typeof error.params.found === 'string' ? describeFound(error.params.found, t) : '';
      return t('encoder.error.json-invalid', { ...values, line, column, found, maxDepth: values.maxDepth ?? 0 });
    }
    case 'key-unreadable': {
      if (!error.keyError) return t('encoder.error.key-unreadable', { reason: '' });
      const { code, ...params } = error.keyError;
      return t('encoder.error.key-unreadable', { reason: t(`verify.reason.${code}`, toValues(params, locale)) });
    }
    case 'key-missing':
    case 'key-alg-mismatch':
      return t(`encoder.error.${error.code}`, { curve: '', ...values, ...needOf(String(error.params.alg ?? '')) });
    default:
      return t(`encoder.error.${error.code}`, values);
  }
}

/** A signing warning as a sentence; key notes reuse the verifier's notes. */
export function describeSignWarning(warning: SignWarning, t: Translate, locale: string): string {
  if (warning.code === 'key-note') return t(`verify.note.${warning.params.note as KeyNote}`);
  return t(`encoder.warning.${warning.code}`, toValues(warning.params, locale));
}

