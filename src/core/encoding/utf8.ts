/** The decoded text, or where the first ill-formed byte sequence starts. */
export type Utf8Decoding = { ok: true; text: string } | { ok: false; byteOffset: number };

// ignoreBOM keeps a leading U+FEFF in the text, so what is shown is what was sent.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Returns the text of well-formed UTF-8 bytes, or the offset of the first byte of the first
 * ill-formed sequence (overlong forms, surrogates, code points above U+10FFFF, truncation); does not
 * normalise or strip a BOM.
 */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Decoding {
  try {
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    const offset = findFirstInvalidUtf8Offset(bytes);
    return { ok: false, byteOffset: offset < 0 ? 0 : offset };
  }
}

/** Returns the offset where the first ill-formed UTF-8 sequence starts (RFC 3629 §4), or -1 if none. */
export function findFirstInvalidUtf8Offset(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuationCount: number;
    // Bounds for the second byte exclude overlong forms, surrogates and values above U+10FFFF.
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      continuationCount = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      continuationCount = 2;
      if (lead === 0xe0) secondMin = 0xa0;
      else if (lead === 0xed) secondMax = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuationCount = 3;
      if (lead === 0xf0) secondMin = 0x90;
      else if (lead === 0xf4) secondMax = 0x8f;
    } else {
      return i;
    }
    if (i + continuationCount >= length) return i;
    const second = bytes[i + 1] ?? 0;
    if (second < secondMin || second > secondMax) return i;
    for (let k = 2; k <= continuationCount; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += continuationCount + 1;
  }
  return -1;
}
