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

const SHAPES: Readonly<Record<string, SignatureShape>> = {
  HS256: { family: 'hmac', hash: 'SHA-256', expectedBytes: 32 },
  HS384: { family: 'hmac', hash: 'SHA-384', expectedBytes: 48 },
  HS512: { family: 'hmac', hash: 'SHA-512', expectedBytes: 64 },
  RS256: { family: 'rsa', hash: 'SHA-256' },
  RS384: { family: 'rsa', hash: 'SHA-384' },
  RS512: { family: 'rsa', hash: 'SHA-512' },
  PS256: { family: 'rsa-pss', hash: 'SHA-256' },
  PS384: { family: 'rsa-pss', hash: 'SHA-384' },
  PS512: { family: 'rsa-pss', hash: 'SHA-512' },
  ES256: { family: 'ecdsa', hash: 'SHA-256', curve: 'P-256', halfBytes: 32 },
  ES384: { family: 'ecdsa', hash: 'SHA-384', curve: 'P-384', halfBytes: 48 },
  ES512: { family: 'ecdsa', hash: 'SHA-512', curve: 'P-521', halfBytes: 66 },
  ES256K: { family: 'ecdsa', hash: 'SHA-256', curve: 'secp256k1', halfBytes: 32 },
  EdDSA: { family: 'eddsa' },
  Ed25519: { family: 'eddsa' },
  none: { family: 'none' },
};

/** Returns the shape of a signature under `alg`; does not look at the signature's bytes. */
export function readSignatureShape(alg: unknown): SignatureShape {
  return typeof alg === 'string' && Object.hasOwn(SHAPES, alg) ? SHAPES[alg]! : { family: 'unknown' };
}
