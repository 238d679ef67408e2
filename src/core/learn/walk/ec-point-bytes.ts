import { ECDSA_CURVES } from './ec-curves';

/**
 * Returns the affine x and y of an SEC1 point encoding (uncompressed `04 ‖ x ‖ y` or compressed
 * `02`/`03 ‖ x`) on a NIST curve, or null when the curve is not one or the bytes are not a point on it.
 */
export function readEcPointBytes(curve: string, bytes: Uint8Array): { x: Uint8Array; y: Uint8Array } | null {
  const Point = ECDSA_CURVES.get(curve)?.Point;
  if (Point === undefined) return null;
  try {
    const uncompressed = Point.fromBytes(bytes).toBytes(false);
    const size = Point.Fp.BYTES;
    return { x: uncompressed.slice(1, 1 + size), y: uncompressed.slice(1 + size) };
  } catch {
    return null;
  }
}

/** Returns the public point d·G of a NIST-curve private scalar, or null when the curve is not one or d is out of range. */
export function deriveEcPublicPoint(curve: string, d: Uint8Array): { x: Uint8Array; y: Uint8Array } | null {
  const ecdsa = ECDSA_CURVES.get(curve);
  if (ecdsa === undefined) return null;
  try {
    return readEcPointBytes(curve, ecdsa.getPublicKey(d, false));
  } catch {
    return null;
  }
}
