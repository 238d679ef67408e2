import { useNavigate } from 'react-router';
import type { InspectionReport } from '../../../core/inspect-token';
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

/**
 * Carries the decoded header and payload to the encoder, and the key when it can sign (a secret
 * or a private key; a public key cannot, so it stays behind). Disabled while there is no token.
 */
export function EditInEncoderButton({ report }: { report: InspectionReport | null }) {
  const t = useT();
  const navigate = useNavigate();
  const send = useHandoffStore((state) => state.send);
  const { keyFormat } = useKeyVerdictState();

  const editInEncoder = () => {
    if (!report) return;
    const { keyText, secretEncoding } = useDecoderStore.getState();
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
    <button type="button" className="button button-small" data-testid="edit-in-encoder" onClick={editInEncoder} disabled={!report}>
      {t('input.editInEncoder')}
    </button>
  );
}
