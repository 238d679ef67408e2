import type { SecretEncoding } from '../../keys/decode-secret';
import type { InspectionReport } from '../../inspect-token';
import type { SignatureWalk } from '../signature-walk';
import { readWalkKey } from './read-walk-key';
import { lookupWalkAlgorithm } from './walk-algorithms';
import { walkSignature } from './walk-signature';
import { encodeUtf8 } from '../../encoding/utf8';

/**
 * Returns the signature walk of the inspected token with the learn view's key text (read as the
 * decoder reads it), or why it cannot be walked (not a JWS, an `alg` it does not explain, no key, an
 * unreadable or unfitting key, an unreadable signature); checks the mathematics, not the decoder's
 * policies (key size, `use`, `crit`).
 */
export function walkTokenSignature(report: InspectionReport, keyText: string, secretEncoding: SecretEncoding): SignatureWalk {
  const { decoded, header } = report;
  if (decoded.kind === 'jwe') {
    const alg = header?.alg;
    return { ok: false, error: { code: 'unsupported-alg', alg: typeof alg === 'string' ? alg : '' } };
  }
  if (decoded.kind !== 'jws' || header === null) return { ok: false, error: { code: 'not-jws' } };
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const algorithm = lookupWalkAlgorithm(alg);
  if (algorithm === undefined) return { ok: false, error: { code: 'unsupported-alg', alg } };
  const signature = decoded.parts[2].decoding;
  if (!signature.ok) return { ok: false, error: { code: 'signature-unreadable' } };
  const reading = readWalkKey(keyText, secretEncoding, algorithm, header);
  if (!reading.ok) return { ok: false, error: reading.error };
  const signingInput = encodeUtf8(decoded.signingInput);
  // A JWK Set may offer several fitting keys: the walk shows the one that verifies, else the first.
  const walks = reading.keys.map((key) => walkSignature({ alg, signingInput, signature: signature.bytes, key }));
  return walks.find((walk) => walk.ok && walk.match) ?? walks[0] ?? { ok: false, error: { code: 'key-needed', family: algorithm.family } };
}
