import { useNavigate } from 'react-router';
import type { TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { useHandoffStore } from '../../../stores/handoff-store';
import { useDecoderStore } from '../page/decoder-store';
import { inspectForView } from '../page/inspect-for-view';

/** A part's text when it is not JSON (so the encoder shows it, with its error, rather than nothing). */
function rawTextOf(part: TokenPart | undefined): string {
  if (part === undefined) return '';
  if (part.decoding.ok) return part.decoding.content.type === 'text' ? part.decoding.content.text : '';
  return part.decoding.text ?? '';
}

/**
 * Carries the decoded header and payload to the encoder, and the key when it can sign (a secret
 * or a private key; a public key cannot, so it stays behind).
 */
export function EditInEncoderButton() {
  const t = useT();
  const navigate = useNavigate();
  const send = useHandoffStore((state) => state.send);
  const empty = useDecoderStore((state) => state.tokenText.trim() === '');

  const editInEncoder = async () => {
    const { tokenText, keyText, secretEncoding } = useDecoderStore.getState();
    const { decoded, headerJson, payloadJson } = inspectForView(tokenText);
    if (decoded.kind === 'empty') return;
    const header = decoded.parts.find((part) => part.name === 'header');
    const payload = decoded.kind === 'jwe' ? undefined : decoded.parts.find((part) => part.name === 'payload');
    // The key readers load with the verifier, not with the first page.
    const { detectKeyFormat } = await import('../../../core/keys/detect-key-format');
    const format = detectKeyFormat(keyText);
    send({
      target: 'encoder',
      headerJson: headerJson ?? rawTextOf(header),
      payloadJson: payloadJson ?? rawTextOf(payload),
      keyText: format === 'secret' || format === 'private-key' ? keyText : '',
      secretEncoding,
    });
    void navigate('/encode');
  };

  return (
    <button type="button" className="button button-small" data-testid="edit-in-encoder" onClick={() => void editInEncoder()} disabled={empty}>
      {t('input.editInEncoder')}
    </button>
  );
}
