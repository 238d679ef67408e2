import { useT } from '../../../i18n/use-t';
import { readSignatureShape } from './read-signature-shape';

/** What a JWS signature's bytes are under the header's alg, in a few sentences; the signature walk-through shows the steps. */
export function SignatureNote({ alg, byteLength }: { alg: string | null; byteLength: number }) {
  const t = useT();
  const shape = readSignatureShape(alg);
  const bytes = byteLength;
  let text: string;
  let expected: number | null = null;
  switch (shape.family) {
    case 'hmac':
      text = t('learnAnatomy.signature.hmac', { hash: shape.hash, bytes });
      expected = shape.expectedBytes;
      break;
    case 'rsa':
    case 'rsa-pss':
      text = t(`learnAnatomy.signature.${shape.family}`, { hash: shape.hash, bytes, bits: bytes * 8 });
      break;
    case 'ecdsa':
      text = t('learnAnatomy.signature.ecdsa', { curve: shape.curve, hash: shape.hash, half: shape.halfBytes });
      expected = 2 * shape.halfBytes;
      break;
    case 'eddsa':
      text = t('learnAnatomy.signature.eddsa', { half: Math.floor(bytes / 2), bytes });
      break;
    case 'none':
      text = t('learnAnatomy.signature.none');
      expected = 0;
      break;
    case 'unknown':
      text = alg === null ? t('learnAnatomy.signature.noAlg', { bytes }) : t('learnAnatomy.signature.unknown', { alg, bytes });
      break;
  }
  return (
    <div className="anatomy-signature">
      <p>{text}</p>
      {expected !== null && expected !== bytes && alg !== null && (
        <p className="notice notice-warning">{t('learnAnatomy.signature.length', { alg, expected, bytes })}</p>
      )}
    </div>
  );
}
