/** Returns `base^exponent mod modulus` by square-and-multiply; `modulus` must be positive. */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  let square = base % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if ((rest & 1n) === 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

/** Returns the bit length of a non-negative integer (0 for 0). */
export function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * Returns `value` as exactly `length` big-endian bytes (RFC 8017 I2OSP), or null when it does not
 * fit; negative values never fit.
 */
export function toFixedBytes(value: bigint, length: number): Uint8Array | null {
  if (value < 0n) return null;
  const out = new Uint8Array(length);
  let rest = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return rest === 0n ? out : null;
}
