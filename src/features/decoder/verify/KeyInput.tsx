import { useCallback, useId } from 'react';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { useKeyVerdictState, useTokenReportState } from '../page/decoder-context';
import { useDecryptT } from '../decrypt/decrypt-texts';
import { useDecoderStore } from '../page/decoder-store';
import { preloadVerifier } from '../page/use-key-verdict';
import { CodeTextArea } from '../../../ui/CodeTextArea';
import { useShortenedBox } from '../../../ui/use-shortened-box';

/** The key box, the secret encoding and what the key was detected as. */
export function KeyInput() {
  const t = useT();
  const id = useId();
  const keyText = useDecoderStore((state) => state.keyText);
  const secretEncoding = useDecoderStore((state) => state.secretEncoding);
  const setKeyText = useDecoderStore((state) => state.setKeyText);
  const setSecretEncoding = useDecoderStore((state) => state.setSecretEncoding);
  const format = useKeyVerdictState().keyFormat;
  // For a JWE the box takes decryption keys, and says so once decryption's texts are there.
  const td = useDecryptT();
  const jwe = useTokenReportState().report?.decoded.kind === 'jwe';
  const jweTexts = useCatalogueArea('jwe', jwe);
  const decrypting = jwe && jweTexts;
  let formatShown = format ? t(`verify.format.${format}`) : '…';
  // A JWE's secret may be a password, and its private key is used as it is, not for its public half.
  if (decrypting && (format === 'secret' || format === 'private-key')) formatShown = td(`decrypt.format.${format}`);
  // A pasted key of megabytes is shown by its start and end; typing there edits the whole key.
  const marker = useCallback((omitted: number) => t('input.omittedMarker', { count: omitted }), [t]);
  const { copy, box } = useShortenedBox(keyText, setKeyText, marker);
  return (
    <div className="key-input">
      <label htmlFor={id} className="field-label">
        {t('verify.keyLabel')}
      </label>
      <CodeTextArea
        id={id}
        data-testid="key-input"
        className="key-textarea"
        {...box}
        placeholder={decrypting ? td('decrypt.keyPlaceholder') : t('verify.keyPlaceholder')}
        onFocus={preloadVerifier}
        aria-describedby={copy.marker > 0 ? `${id}-large` : undefined}
      />
      {copy.marker > 0 && (
        <p id={`${id}-large`} className="pane-hint" data-testid="key-input-large">
          {t('verify.keyLarge', { count: keyText.length })}
        </p>
      )}
      <div className="key-input-row">
        <p className="key-format" data-testid="key-format" data-format={format ?? undefined}>
          <span className="setting-label">{t('verify.detected')}</span> <strong>{formatShown}</strong>
        </p>
        {/* The encoding turns a secret's or a JWE password's text into bytes; a PEM, JWK or JWKS has its own. */}
        {(format === null || format === 'none' || format === 'secret') && (
          <SecretEncodingSelect value={secretEncoding} onChange={setSecretEncoding} testId="secret-encoding" />
        )}
      </div>
    </div>
  );
}
