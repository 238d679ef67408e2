/** A short-Weierstrass curve y² = x³ + ax + b over GF(p), with its group order n. */
export interface PrimeCurve {
  p: bigint;
  a: bigint;
  b: bigint;
  n: bigint;
  /** Bytes of one coordinate. */
  size: number;
}

const P256_P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
const P384_P = 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n;
const P521_P = 2n ** 521n - 1n;
const SECP256K1_P = 2n ** 256n - 2n ** 32n - 977n;

// SEC 2 v2 §2.4.1 (secp256k1) and §2.4.2, §2.5.1, §2.6.1 (the NIST curves, a = p − 3); FIPS 186-5.
/** Curve parameters by JOSE curve name. */
export const PRIME_CURVES: ReadonlyMap<string, PrimeCurve> = new Map([
  [
    'P-256',
    {
      p: P256_P,
      a: P256_P - 3n,
      b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
      n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
      size: 32,
    },
  ],
  [
    'P-384',
    {
      p: P384_P,
      a: P384_P - 3n,
      b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
      n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
      size: 48,
    },
  ],
  [
    'P-521',
    {
      p: P521_P,
      a: P521_P - 3n,
      b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
      n: 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
      size: 66,
    },
  ],
  [
    'secp256k1',
    {
      p: SECP256K1_P,
      a: 0n,
      b: 7n,
      n: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
      size: 32,
    },
  ],
]);

/** Returns a big-endian unsigned integer. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Returns whether (x, y) is a point of the curve with both coordinates below p; does not check the subgroup (these curves have cofactor 1). */
export function isOnCurve(curve: PrimeCurve, x: bigint, y: bigint): boolean {
  const { p, a, b } = curve;
  if (x < 0n || y < 0n || x >= p || y >= p) return false;
  return (y * y - (x * x * x + a * x + b)) % p === 0n;
}
