import { useNavigate } from 'react-router';
import type { InspectionReport } from '../../../core/inspect-token';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { TokenPart } from '../../../core/token/decoded-token';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { useT } from '../../../i18n/use-t';
import { useHandoffStore } from '../../../stores/handoff-store';
import { useKeyVerdictState } from '../page/decoder-context';
import { useDecoderStore } from '../page/decoder-store';

/** A part's text when it is not JSON (so the encoder shows it, with its error, rather than nothing). */
function rawTextOf(part: TokenPart | undefined): string {
  if (part === undefined) return '';
  if (part.decoding.ok) return part.decoding.content.type === 'text' ? part.decoding.content.text : '';
  return part.decoding.text ?? '';
}

interface Props {
  report: InspectionReport | null;
  /** The key box the key comes from: the decoder's own unless given (the inner token of a JWE has its own). */
  keyBox?: { keyText: string; secretEncoding: SecretEncoding };
  testId?: string;
}

/**
 * Carries the decoded header and payload to the encoder, and the key when it can sign (a secret
 * or a private key; a public key cannot, so it stays behind). Disabled while there is no token.
 */
export function EditInEncoderButton({ report, keyBox, testId = 'edit-in-encoder' }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const send = useHandoffStore((state) => state.send);
  const { keyFormat } = useKeyVerdictState();

  const editInEncoder = () => {
    if (!report) return;
    const { keyText, secretEncoding } = keyBox ?? useDecoderStore.getState();
    const { header, payload } = findTokenParts(report.decoded);
    send({
      target: 'encoder',
      headerJson: report.headerJson?.pretty ?? rawTextOf(header),
      payloadJson: report.payloadJson?.pretty ?? rawTextOf(payload),
      keyText: keyFormat === 'secret' || keyFormat === 'private-key' ? keyText : '',
      secretEncoding,
    });
    void navigate('/encode');
  };

  return (
    <button type="button" className="button button-small" data-testid={testId} onClick={editInEncoder} disabled={!report}>
      {t('input.editInEncoder')}
    </button>
  );
}
