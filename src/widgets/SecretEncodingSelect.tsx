import type { SecretEncoding } from '../core/keys/decode-secret';
import { useT } from '../i18n/use-t';

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];

interface Props {
  value: SecretEncoding;
  onChange: (encoding: SecretEncoding) => void;
  /** The `data-testid` of the select: each view has its own in the UI contract. */
  testId: string;
  disabled?: boolean;
}

/** How an HMAC secret's text turns into bytes: UTF-8, base64url, base64 or hex. */
export function SecretEncodingSelect({ value, onChange, testId, disabled }: Props) {
  const t = useT();
  return (
    <label className="setting" title={t('verify.encodingHint')}>
      <span className="setting-label">{t('verify.encodingLabel')}</span>
      <select data-testid={testId} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as SecretEncoding)}>
        {ENCODINGS.map((encoding) => (
          <option key={encoding} value={encoding}>
            {t(`verify.encoding.${encoding}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
