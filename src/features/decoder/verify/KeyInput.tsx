import { useId } from 'react';
import { useT } from '../../../i18n/use-t';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { useKeyVerdictState } from '../page/decoder-context';
import { useDecoderStore } from '../page/decoder-store';
import { preloadVerifier } from '../page/use-key-verdict';
import { CodeTextArea } from '../../../ui/CodeTextArea';

/** The key box, the secret encoding and what the key was detected as. */
export function KeyInput() {
  const t = useT();
  const id = useId();
  const keyText = useDecoderStore((state) => state.keyText);
  const secretEncoding = useDecoderStore((state) => state.secretEncoding);
  const setKeyText = useDecoderStore((state) => state.setKeyText);
  const setSecretEncoding = useDecoderStore((state) => state.setSecretEncoding);
  const format = useKeyVerdictState().keyFormat;
  return (
    <div className="key-input">
      <label htmlFor={id} className="field-label">
        {t('verify.keyLabel')}
      </label>
      <CodeTextArea
        id={id}
        data-testid="key-input"
        className="key-textarea"
        value={keyText}
        placeholder={t('verify.keyPlaceholder')}
        onChange={(event) => setKeyText(event.target.value)}
        onFocus={preloadVerifier}
      />
      <div className="key-input-row">
        <p className="key-format" data-testid="key-format" data-format={format ?? undefined}>
          <span className="setting-label">{t('verify.detected')}</span> <strong>{format ? t(`verify.format.${format}`) : '…'}</strong>
        </p>
        {/* The encoding turns a secret's text into bytes; a PEM, JWK or JWKS has its own. */}
        {(format === null || format === 'none' || format === 'secret') && (
          <SecretEncodingSelect value={secretEncoding} onChange={setSecretEncoding} testId="secret-encoding" />
        )}
      </div>
    </div>
  );
}
