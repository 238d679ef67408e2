/** Returns whether two byte arrays hold the same bytes; not constant-time (it teaches, it guards nothing). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Returns `a ⊕ b` byte by byte, as long as the shorter of the two. */
export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.min(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** Returns a copy of `length` bytes all equal to `value`. */
export function filledBytes(length: number, value: number): Uint8Array {
  return new Uint8Array(length).fill(value);
}
