import { EC_CURVE_OF_ALG, SIG_LEN } from '../../../core/findings/jose-registries';

/** What a JWS signature's bytes are for the header's `alg`, and how long they should be. */
export type SignatureShape =
  | { family: 'hmac'; hash: string; expectedBytes: number }
  | { family: 'rsa' | 'rsa-pss'; hash: string }
  /** `r ‖ s`, each `halfBytes` long, big-endian (RFC 7518 §3.4), not DER. */
  | { family: 'ecdsa'; hash: string; curve: string; halfBytes: number }
  /** `R ‖ S`, two halves of equal length (RFC 8032 §5.1.6): 32 bytes each for Ed25519, 57 for Ed448. */
  | { family: 'eddsa' }
  | { family: 'none' }
  | { family: 'unknown' };

const HASHED_FAMILIES: ReadonlyMap<string, 'hmac' | 'rsa' | 'rsa-pss' | 'ecdsa'> = new Map([
  ['HS', 'hmac'],
  ['RS', 'rsa'],
  ['PS', 'rsa-pss'],
  ['ES', 'ecdsa'],
] as const);

/** Returns the shape of a signature under `alg`; does not look at the signature's bytes. */
export function readSignatureShape(alg: unknown): SignatureShape {
  if (typeof alg !== 'string') return { family: 'unknown' };
  if (alg === 'none') return { family: 'none' };
  if (alg === 'EdDSA' || alg === 'Ed25519') return { family: 'eddsa' };
  // The lengths and curves are the findings' registry (RFC 7518 §3, RFC 8812), read here, not restated.
  const match = /^(HS|RS|PS|ES)(256|384|512)$/.exec(alg) ?? (alg === 'ES256K' ? ['ES256K', 'ES', '256'] : null);
  const family = match ? HASHED_FAMILIES.get(match[1] ?? '') : undefined;
  if (!match || !family) return { family: 'unknown' };
  const hash = `SHA-${match[2] ?? ''}`;
  const lengths = SIG_LEN.get(alg);
  if (family === 'hmac') return { family, hash, expectedBytes: lengths?.[0] ?? 0 };
  if (family === 'ecdsa') return { family, hash, curve: EC_CURVE_OF_ALG.get(alg) ?? '', halfBytes: (lengths?.[0] ?? 0) / 2 };
  return { family, hash };
}
