import { hashSha2, type HmacHash } from '../../audit/hmac-sha2';
import { toBigInt } from '../../keys/der';
import type { SignatureStep, SignatureWalk } from '../signature-walk';
import { bitLength, toFixedBytes } from './big-integers';
import { bytesEqual } from './bytes';
import { ECDSA_CURVES, type EcdsaCurve } from './ec-curves';

type EcPoint = ReturnType<EcdsaCurve['Point']['fromAffine']>;

/** Returns the key's point when it lies on the curve, else null. */
function readPoint(curve: EcdsaCurve, x: Uint8Array, y: Uint8Array): EcPoint | null {
  try {
    const point = curve.Point.fromAffine({ x: toBigInt(x), y: toBigInt(y) });
    point.assertValidity();
    return point;
  } catch {
    return null;
  }
}

/** FIPS 186-5 bits2int: the digest's leftmost bits, as many as the group order has. */
function digestToInteger(digest: Uint8Array, orderBits: number): bigint {
  const shift = digest.length * 8 - orderBits;
  const value = toBigInt(digest);
  return shift > 0 ? value >> BigInt(shift) : value;
}

/**
 * Returns the ECDSA walk (FIPS 186-5 §6.4.2) of a JWS signature, which is raw r ‖ s of twice the
 * order's byte length (RFC 7518 §3.4), not DER: r, s, the digest, u1 = e·s⁻¹, u2 = r·s⁻¹ and
 * x(u1·G + u2·Q) mod n, which matches when it equals r. Refuses a signature of another length and
 * a key off its curve; does not check the curve against anything but the key's own.
 */
export function walkEcdsa(
  alg: string,
  hash: HmacHash,
  curveName: string,
  key: { x: Uint8Array; y: Uint8Array },
  signingInput: Uint8Array,
  signature: Uint8Array,
): SignatureWalk {
  const curve = ECDSA_CURVES.get(curveName);
  if (curve === undefined) return { ok: false, error: { code: 'unsupported-alg', alg } };
  const { Point } = curve;
  const n = Point.Fn.ORDER;
  const size = Point.Fn.BYTES;
  if (signature.length !== 2 * size) return { ok: false, error: { code: 'signature-length', expected: 2 * size, actual: signature.length } };
  const q = readPoint(curve, key.x, key.y);
  if (q === null) return { ok: false, error: { code: 'key-unreadable', detail: 'ec-point-not-on-curve' } };

  const rBytes = signature.slice(0, size);
  const sBytes = signature.slice(size);
  const r = toBigInt(rBytes);
  const s = toBigInt(sBytes);
  const digest = hashSha2(hash, signingInput);
  const steps: SignatureStep[] = [
    { id: 'signing-input', bytes: signingInput },
    { id: 'signature', bytes: signature },
    { id: 'r', bytes: rBytes },
    { id: 's', bytes: sBytes },
    { id: 'digest', bytes: digest },
  ];
  const inRange = r > 0n && r < n && s > 0n && s < n;
  if (!inRange) return { ok: true, alg, family: 'ecdsa', steps, match: false, compared: { computed: new Uint8Array(), expected: rBytes } };

  const e = digestToInteger(digest, bitLength(n)) % n;
  const w = Point.Fn.inv(s);
  const u1 = (e * w) % n;
  const u2 = (r * w) % n;
  const point = Point.BASE.multiplyUnsafe(u1).add(q.multiplyUnsafe(u2));
  const toScalarBytes = (value: bigint): Uint8Array => toFixedBytes(value, size) ?? new Uint8Array(size);
  // The point at infinity has no x: no r can equal it, and the step shows it as empty.
  const recomputed = point.is0() ? new Uint8Array() : toScalarBytes(point.toAffine().x % n);
  steps.push({ id: 'u1', bytes: toScalarBytes(u1) }, { id: 'u2', bytes: toScalarBytes(u2) }, { id: 'recomputed', bytes: recomputed });
  return { ok: true, alg, family: 'ecdsa', steps, match: bytesEqual(recomputed, rBytes), compared: { computed: recomputed, expected: rBytes } };
}
