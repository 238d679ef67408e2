import { ed25519 } from '@noble/curves/ed25519.js';
import { hashSha2 } from '../../audit/hmac-sha2';
import { concatBytes } from '../../keys/der';
import type { SignatureStep, SignatureWalk } from '../signature-walk';
import { bytesEqual } from './bytes';

const ED25519_BYTES = 32;

/** Returns the little-endian integer of `bytes` (RFC 8032 encodes scalars little-endian). */
function fromLittleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

type EdPoint = ReturnType<typeof ed25519.Point.fromBytes>;

function decodePoint(bytes: Uint8Array): EdPoint | null {
  try {
    return ed25519.Point.fromBytes(bytes);
  } catch {
    return null;
  }
}

/**
 * Returns the Ed25519 walk (RFC 8032 §5.1.7): R and S from the signature, the public key A,
 * k = SHA-512(R ‖ A ‖ M) and the point [S]B − [k]A, which matches when its encoding equals R (so
 * [S]B = R + [k]A). Refuses a signature that is not 64 bytes and a key that is not an Ed25519
 * point; does not check the key for small order.
 */
export function walkEddsa(alg: string, publicKey: Uint8Array, signingInput: Uint8Array, signature: Uint8Array): SignatureWalk {
  if (signature.length !== 2 * ED25519_BYTES) {
    return { ok: false, error: { code: 'signature-length', expected: 2 * ED25519_BYTES, actual: signature.length } };
  }
  const a = publicKey.length === ED25519_BYTES ? decodePoint(publicKey) : null;
  if (a === null) return { ok: false, error: { code: 'key-unreadable', detail: 'ed25519-point-invalid' } };
  const { Point } = ed25519;
  const rBytes = signature.slice(0, ED25519_BYTES);
  const sBytes = signature.slice(ED25519_BYTES);
  const k = hashSha2('SHA-512', concatBytes(rBytes, publicKey, signingInput));
  const steps: SignatureStep[] = [
    { id: 'signing-input', bytes: signingInput },
    { id: 'signature', bytes: signature },
    { id: 'r', bytes: rBytes },
    { id: 's', bytes: sBytes },
    { id: 'public-key', bytes: publicKey },
    { id: 'k', bytes: k },
  ];
  const s = fromLittleEndian(sBytes);
  // RFC 8032 §5.1.7 step 1: an S not below the group order is rejected before any point is computed.
  if (s >= Point.Fn.ORDER) return { ok: true, alg, family: 'eddsa', steps, match: false, compared: { computed: new Uint8Array(), expected: rBytes } };
  const kScalar = fromLittleEndian(k) % Point.Fn.ORDER;
  const recomputed = Point.BASE.multiplyUnsafe(s).subtract(a.multiplyUnsafe(kScalar)).toBytes();
  steps.push({ id: 'recomputed', bytes: recomputed });
  return { ok: true, alg, family: 'eddsa', steps, match: bytesEqual(recomputed, rBytes), compared: { computed: recomputed, expected: rBytes } };
}
