import { useId } from 'react';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { DecoderContexts } from '../page/DecoderContexts';
import { useTokenAndVerdict } from '../page/use-token-and-verdict';
import { EditInEncoderButton } from '../token/EditInEncoderButton';
import { NestedKeyPanel } from './NestedKeyPanel';
import { NestedPanes } from './NestedPanes';
import { useNestedT } from './nested-texts';
import { useNestedKey } from './use-nested-key';
import './nested.css';

/**
 * The JWS found inside a decrypted JWE, decoded and verified with a key of its own. The decoder's
 * panels read the token's report and the key's verdict from context: here they get the inner
 * token's, so the same panels describe it without a second verifier. A large inner token is
 * inspected off the main thread, as the decoder's own is.
 */
export function NestedToken({ token }: { token: string }) {
  const t = useT();
  const tn = useNestedT();
  const headingId = useId();
  const texts = useCatalogueArea('jwe');
  const nestedKey = useNestedKey(token);
  const inspection = useTokenAndVerdict(token, 0, nestedKey.keyText, nestedKey.secretEncoding, false);
  const { report, decoding } = inspection.reportState;
  return (
    <section className="pane nested-token" data-testid="nested-token" aria-labelledby={texts ? headingId : undefined}>
      {texts && (
        <>
          <h2 id={headingId} className="pane-title-plain">
            {tn('nested.title')}
          </h2>
          <p className="nested-explanation" data-testid="nested-explanation">
            {tn('nested.explanation')}
          </p>
          <DecoderContexts value={inspection}>
            {report ? (
              <>
                <div className="toolbar nested-actions">
                  <EditInEncoderButton report={report} keyBox={nestedKey} testId="nested-edit-in-encoder" />
                </div>
                <NestedPanes report={report} afterParts={<NestedKeyPanel decoded={report.decoded} nestedKey={nestedKey} />} />
              </>
            ) : (
              decoding && (
                <p className="notice notice-info" data-testid="nested-decoding-notice" role="status">
                  {t('status.decodingLarge')}
                </p>
              )
            )}
          </DecoderContexts>
        </>
      )}
    </section>
  );
}
