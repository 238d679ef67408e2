/** How a wordlist entry was turned into key bytes; equal to the verifier's secret encodings. */
export type AuditEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

/** Index = the code stored per candidate in `CandidateSet.encoding`. */
export const AUDIT_ENCODINGS: readonly AuditEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];

/** Which list a candidate came from: tier 0, tier 1, or a file the user chose (tier 2). */
export type AuditSource = 'famous-defaults' | 'common-passwords' | 'user-wordlist';

/**
 * Zero bytes kept after the last key, so a reader may load a whole block (128 bytes) from any key's
 * start without leaving the buffer (the WASM kernel does, then masks the bytes past the key).
 */
export const KEY_SLACK = 128;

/**
 * The candidate keys of one wordlist, packed for the audit loops: key `i` is
 * `bytes.subarray(offsets[i], offsets[i + 1])`, it came from `texts[entry[i]]` read as
 * `AUDIT_ENCODINGS[encoding[i]]`. All UTF-8 forms come first, then the decoded forms.
 */
export interface CandidateSet {
  source: AuditSource;
  texts: readonly string[];
  count: number;
  bytes: Uint8Array;
  offsets: Uint32Array;
  entry: Uint32Array;
  encoding: Uint8Array;
  /** The longest key, in bytes (keys longer than the hash's block are hashed before the loop). */
  maxKeyBytes: number;
}

const UTF8 = 0;
const BASE64 = 1;
const BASE64URL = 2;
const HEX = 3;

// Character classes, one bit each, so one pass over an entry tells which decodings can apply.
const C_HEX = 1;
const C_B64 = 2; // A-Z a-z 0-9 (both base64 alphabets)
const C_STD = 4; // + /
const C_URL = 8; // - _
const CLASS = new Uint8Array(128);
const SEXTET = new Uint8Array(128);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < alphabet.length; i++) {
    CLASS[alphabet.charCodeAt(i)] = C_B64;
    SEXTET[alphabet.charCodeAt(i)] = i;
  }
  for (const c of '0123456789abcdefABCDEF') CLASS[c.charCodeAt(0)]! |= C_HEX;
  CLASS[0x2b] = C_STD;
  SEXTET[0x2b] = 62;
  CLASS[0x2f] = C_STD;
  SEXTET[0x2f] = 63;
  CLASS[0x2d] = C_URL;
  SEXTET[0x2d] = 62;
  CLASS[0x5f] = C_URL;
  SEXTET[0x5f] = 63;
}

/** The shortest entry tried as base64 or hex: shorter ones are words, not encoded keys. */
const MIN_ENCODED_CHARS = 4;

/** Which decoded forms an entry has, as a bit set of 1 << encoding code. */
export function decodedFormsOf(text: string): number {
  let data = text.length;
  while (data > 0 && text.charCodeAt(data - 1) === 0x3d) data--;
  const padding = text.length - data;
  if (text.length < MIN_ENCODED_CHARS) return 0;
  let all = C_HEX | C_B64 | C_STD | C_URL;
  let any = 0;
  for (let i = 0; i < data; i++) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? CLASS[code]! : 0;
    if (cls === 0) return 0;
    any |= cls;
    all &= cls;
  }
  let forms = 0;
  const base64Length = data % 4 !== 1 && (padding === 0 || (padding <= 2 && text.length % 4 === 0));
  // An entry without + / - _ decodes the same in both alphabets: it is tried once, as base64.
  if (base64Length && (any & C_URL) === 0) forms |= 1 << BASE64;
  if (base64Length && (any & C_URL) !== 0 && (any & C_STD) === 0) forms |= 1 << BASE64URL;
  if (padding === 0 && (all & C_HEX) !== 0 && data % 2 === 0) forms |= 1 << HEX;
  return forms;
}

/** Appends key bytes to a growing buffer. */
class ByteSink {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(capacity, 256) + KEY_SLACK);
  }

  reserve(extra: number): void {
    const needed = this.length + extra + KEY_SLACK;
    if (needed <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  utf8(text: string): void {
    this.reserve(text.length * 3);
    const out = this.bytes;
    let o = this.length;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        out[o++] = c;
      } else if (c < 0x800) {
        out[o++] = 0xc0 | (c >> 6);
        out[o++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
          const next = text.charCodeAt(i + 1);
          if (next >= 0xdc00 && next < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
            i++;
            out[o++] = 0xf0 | (c >> 18);
            out[o++] = 0x80 | ((c >> 12) & 63);
            out[o++] = 0x80 | ((c >> 6) & 63);
            out[o++] = 0x80 | (c & 63);
            continue;
          }
        }
        // A lone surrogate becomes U+FFFD, as TextEncoder does.
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        out[o++] = 0xe0 | (c >> 12);
        out[o++] = 0x80 | ((c >> 6) & 63);
        out[o++] = 0x80 | (c & 63);
      }
    }
    this.length = o;
  }

  base64(text: string): void {
    let data = text.length;
    while (data > 0 && text.charCodeAt(data - 1) === 0x3d) data--;
    this.reserve(data);
    const out = this.bytes;
    let o = this.length;
    let acc = 0;
    let bits = 0;
    for (let i = 0; i < data; i++) {
      acc = ((acc << 6) | SEXTET[text.charCodeAt(i)]!) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (acc >> bits) & 0xff;
      }
    }
    // Leftover bits (non-canonical when not zero) are ignored, as atob and most decoders do.
    this.length = o;
  }

  hex(text: string): void {
    this.reserve(text.length >> 1);
    const out = this.bytes;
    let o = this.length;
    for (let i = 0; i + 1 < text.length; i += 2) out[o++] = (nibble(text.charCodeAt(i)) << 4) | nibble(text.charCodeAt(i + 1));
    this.length = o;
  }
}

function nibble(code: number): number {
  return code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57;
}

export interface CandidateOptions {
  /** Entries to leave out, e.g. those an earlier list already had. */
  exclude?: ReadonlySet<string>;
}

/**
 * Turns wordlist entries into candidate keys: each entry's UTF-8 bytes, then, where the entry
 * parses, its base64, base64url (only when it has `-` or `_`, otherwise it equals base64) and hex
 * decodings (docs/security-rules.md, hmac-weak-secret). Entries are used exactly as given; a repeated entry,
 * or one in `exclude`, gives no candidates.
 */
export function createCandidateSet(source: AuditSource, entries: readonly string[], options: CandidateOptions = {}): CandidateSet {
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const text of entries) {
    if (seen.has(text) || options.exclude?.has(text)) continue;
    seen.add(text);
    texts.push(text);
  }
  const forms = new Uint8Array(texts.length);
  let decodedCount = 0;
  let chars = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    chars += text.length;
    const f = decodedFormsOf(text);
    forms[i] = f;
    decodedCount += ((f >> BASE64) & 1) + ((f >> BASE64URL) & 1) + ((f >> HEX) & 1);
  }

  const count = texts.length + decodedCount;
  const offsets = new Uint32Array(count + 1);
  const entry = new Uint32Array(count);
  const encoding = new Uint8Array(count);
  const sink = new ByteSink(chars * 2);
  let n = 0;
  let maxKeyBytes = 0;
  const close = (entryIndex: number, code: number) => {
    entry[n] = entryIndex;
    encoding[n] = code;
    const length = sink.length - offsets[n]!;
    if (length > maxKeyBytes) maxKeyBytes = length;
    n++;
    offsets[n] = sink.length;
  };
  for (let i = 0; i < texts.length; i++) {
    sink.utf8(texts[i]!);
    close(i, UTF8);
  }
  for (let i = 0; i < texts.length; i++) {
    const f = forms[i]!;
    if (f === 0) continue;
    const text = texts[i]!;
    if (f & (1 << BASE64)) {
      sink.base64(text);
      close(i, BASE64);
    }
    if (f & (1 << BASE64URL)) {
      sink.base64(text);
      close(i, BASE64URL);
    }
    if (f & (1 << HEX)) {
      sink.hex(text);
      close(i, HEX);
    }
  }
  sink.reserve(0);
  return { source, texts, count, bytes: sink.bytes, offsets, entry, encoding, maxKeyBytes };
}

/** What a candidate is: the entry's text, how it was read, and its key bytes. */
export interface CandidateInfo {
  text: string;
  encoding: AuditEncoding;
  key: Uint8Array;
}

/** Describes candidate `index` of `set`; throws on an index out of range (a bug in the caller). */
export function describeCandidate(set: CandidateSet, index: number): CandidateInfo {
  if (!(index >= 0 && index < set.count)) throw new RangeError(`candidate ${index} of ${set.count}`);
  return {
    text: set.texts[set.entry[index]!]!,
    encoding: AUDIT_ENCODINGS[set.encoding[index]!]!,
    key: set.bytes.slice(set.offsets[index], set.offsets[index + 1]),
  };
}
