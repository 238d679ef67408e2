import { useCallback, useId } from 'react';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { CodeTextArea } from '../../../ui/CodeTextArea';
import { useShortenedBox } from '../../../ui/use-shortened-box';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { useKeyVerdictState } from '../page/decoder-context';
import { preloadVerifier } from '../page/use-key-verdict';
import { VerifyStatus } from '../verify/VerifyStatus';
import { useNestedT } from './nested-texts';
import type { NestedKey } from './use-nested-key';

/**
 * The inner token's own key box (`nested-key-input`) and the verdict on its signature
 * (`nested-verify-status`, the same statuses as the decoder's `verify-status`), read from the
 * nested verdict in context.
 */
export function NestedKeyPanel({ decoded, nestedKey }: { decoded: DecodedToken; nestedKey: NestedKey }) {
  const t = useT();
  const tn = useNestedT();
  const id = useId();
  const { keyFormat, verification } = useKeyVerdictState();
  const { keyText, secretEncoding, setKeyText, setSecretEncoding } = nestedKey;
  // A pasted key of megabytes is shown by its start and end, as in the decoder's own key box.
  const marker = useCallback((omitted: number) => t('input.omittedMarker', { count: omitted }), [t]);
  const { copy, box } = useShortenedBox(keyText, setKeyText, marker);
  const detailTexts = useCatalogueArea('verify-details', keyText.trim() !== '' || verification?.reason !== undefined);
  return (
    <section className="nested-key-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="pane-title-plain">
        {tn('nested.verifyTitle')}
      </h3>
      <label htmlFor={id} className="field-label">
        {tn('nested.keyLabel')}
      </label>
      <CodeTextArea
        id={id}
        data-testid="nested-key-input"
        className="key-textarea nested-key-textarea"
        {...box}
        placeholder={tn('nested.keyPlaceholder')}
        onFocus={preloadVerifier}
        aria-describedby={copy.marker > 0 ? `${id}-kept ${id}-large` : `${id}-kept`}
      />
      {copy.marker > 0 && (
        <p id={`${id}-large`} className="pane-hint" data-testid="nested-key-input-large">
          {t('verify.keyLarge', { count: keyText.length })}
        </p>
      )}
      <p id={`${id}-kept`} className="pane-hint">
        {tn('nested.keyKept')}
      </p>
      <div className="key-input-row">
        <p className="key-format" data-testid="nested-key-format" data-format={keyFormat ?? undefined}>
          <span className="setting-label">{t('verify.detected')}</span> <strong>{keyFormat ? t(`verify.format.${keyFormat}`) : '…'}</strong>
        </p>
        {/* The encoding turns a secret's text into bytes; a PEM, JWK or JWKS has its own. */}
        {(keyFormat === null || keyFormat === 'none' || keyFormat === 'secret') && (
          <SecretEncodingSelect value={secretEncoding} onChange={setSecretEncoding} testId="nested-secret-encoding" />
        )}
      </div>
      {verification ? (
        <VerifyStatus result={verification} withReason={detailTexts} testIdPrefix="nested-" />
      ) : (
        <p className="notice notice-neutral">{decoded.kind === 'jwe' ? t('verify.status.jwe') : t('verify.status.notDecodable')}</p>
      )}
    </section>
  );
}
