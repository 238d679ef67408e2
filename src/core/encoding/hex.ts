const BYTE_TO_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Returns the lowercase hex text of `bytes`, two digits per byte with no separators; does not add a prefix. */
export function encodeHex(bytes: Uint8Array): string {
  const digits = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) digits[i] = BYTE_TO_HEX[bytes[i] ?? 0] ?? '';
  return digits.join('');
}
