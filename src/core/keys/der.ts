import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE } from '../claims/unix-seconds';

/** Tag bytes of the ASN.1 universal types and context tags this project reads or writes. */
export const DER_TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  universalString: 0x1c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
  context1: 0xa1,
} as const;

/** Why a DER structure could not be read; `offset` is a byte offset into the DER. */
export type DerErrorCode = 'der-truncated' | 'der-bad-length' | 'der-unexpected-tag' | 'der-bad-value' | 'der-trailing-data';

/** A DER problem as data: what and at which byte. */
export interface DerError {
  code: DerErrorCode;
  offset: number;
}

/** One TLV element: `start` is the tag byte, `contentStart..end` the value. */
export interface DerNode {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
  bytes: Uint8Array;
}

/**
 * Thrown inside the DER readers only; every exported parser in `core/keys` catches it and returns
 * it as data. A cursor that throws keeps each structure reader a straight list of fields.
 */
export class DerReadError extends Error {
  readonly code: DerErrorCode;
  readonly offset: number;

  constructor(code: DerErrorCode, offset: number) {
    super(`${code} at byte ${offset}`);
    this.code = code;
    this.offset = offset;
  }
}

/** Returns the DerError carried by a DerReadError, or rethrows anything else (a bug). */
export function toDerError(error: unknown): DerError {
  if (error instanceof DerReadError) return { code: error.code, offset: error.offset };
  throw error;
}

/** Reads one TLV element at `offset` that must end by `limit`; throws DerReadError. Indefinite lengths are refused. */
export function readDerNode(bytes: Uint8Array, offset: number, limit: number = bytes.length): DerNode {
  if (offset >= limit) throw new DerReadError('der-truncated', offset);
  const tag = bytes[offset] ?? 0;
  // Multi-byte (high) tag numbers never occur in the structures read here.
  if ((tag & 0x1f) === 0x1f) throw new DerReadError('der-unexpected-tag', offset);
  if (offset + 1 >= limit) throw new DerReadError('der-truncated', offset + 1);
  const first = bytes[offset + 1] ?? 0;
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const lengthOfLength = first & 0x7f;
    if (lengthOfLength === 0 || lengthOfLength > 4) throw new DerReadError('der-bad-length', offset + 1);
    if (contentStart + lengthOfLength > limit) throw new DerReadError('der-truncated', contentStart);
    length = 0;
    for (let i = 0; i < lengthOfLength; i++) length = length * 256 + (bytes[contentStart + i] ?? 0);
    contentStart += lengthOfLength;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerReadError('der-truncated', limit);
  return { tag, start: offset, contentStart, end, bytes };
}

/** Reads the elements of a constructed value in order; throws DerReadError on bad structure. */
export class DerCursor {
  private position: number;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly limit: number,
  ) {
    this.position = start;
  }

  /** The cursor over the children of `node`. */
  static of(node: DerNode): DerCursor {
    return new DerCursor(node.bytes, node.contentStart, node.end);
  }

  hasMore(): boolean {
    return this.position < this.limit;
  }

  peekTag(): number | undefined {
    return this.position < this.limit ? this.bytes[this.position] : undefined;
  }

  next(expectedTag?: number): DerNode {
    const node = readDerNode(this.bytes, this.position, this.limit);
    if (expectedTag !== undefined && node.tag !== expectedTag) throw new DerReadError('der-unexpected-tag', node.start);
    this.position = node.end;
    return node;
  }

  /** Reads the next element only when it has `tag` (an OPTIONAL field). */
  nextIf(tag: number): DerNode | undefined {
    return this.peekTag() === tag ? this.next(tag) : undefined;
  }

  assertEnd(): void {
    if (this.position !== this.limit) throw new DerReadError('der-trailing-data', this.position);
  }
}

/** Reads a whole buffer as exactly one element; throws DerReadError. */
export function readDerRoot(bytes: Uint8Array, expectedTag: number): DerNode {
  const cursor = new DerCursor(bytes, 0, bytes.length);
  const node = cursor.next(expectedTag);
  cursor.assertEnd();
  return node;
}

/** The value bytes of `node` (a view, not a copy). */
export function contentOf(node: DerNode): Uint8Array {
  return node.bytes.subarray(node.contentStart, node.end);
}

/** The whole TLV bytes of `node` (a view, not a copy). */
export function encodingOf(node: DerNode): Uint8Array {
  return node.bytes.subarray(node.start, node.end);
}

/** Returns the dotted form of an OBJECT IDENTIFIER; throws DerReadError on a malformed value. */
export function readOid(node: DerNode): string {
  if (node.tag !== DER_TAG.oid) throw new DerReadError('der-unexpected-tag', node.start);
  const value = contentOf(node);
  if (value.length === 0) throw new DerReadError('der-bad-value', node.contentStart);
  const arcs: number[] = [];
  let arc = 0;
  for (let i = 0; i < value.length; i++) {
    const byte = value[i] ?? 0;
    arc = arc * 128 + (byte & 0x7f);
    if (arc > Number.MAX_SAFE_INTEGER) throw new DerReadError('der-bad-value', node.contentStart + i);
    if ((byte & 0x80) === 0) {
      arcs.push(arc);
      arc = 0;
    } else if (i === value.length - 1) {
      throw new DerReadError('der-bad-value', node.contentStart + i);
    }
  }
  const first = arcs[0] ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs.slice(1)].join('.');
}

/** Returns the magnitude bytes of a non-negative INTEGER without leading zero bytes; throws on a negative value. */
export function readUnsignedInteger(node: DerNode): Uint8Array {
  if (node.tag !== DER_TAG.integer) throw new DerReadError('der-unexpected-tag', node.start);
  const value = contentOf(node);
  if (value.length === 0) throw new DerReadError('der-bad-value', node.contentStart);
  if ((value[0] ?? 0) & 0x80) throw new DerReadError('der-bad-value', node.contentStart);
  let skip = 0;
  while (skip < value.length - 1 && value[skip] === 0) skip++;
  return value.subarray(skip);
}

/** Returns a small INTEGER (a version field) as a number; throws when it does not fit in 32 bits. */
export function readSmallInteger(node: DerNode): number {
  const magnitude = readUnsignedInteger(node);
  if (magnitude.length > 4) throw new DerReadError('der-bad-value', node.contentStart);
  let value = 0;
  for (const byte of magnitude) value = value * 256 + byte;
  return value;
}

/** Returns the bytes of a BIT STRING that has no unused bits (keys are always whole bytes). */
export function readBitStringBytes(node: DerNode): Uint8Array {
  if (node.tag !== DER_TAG.bitString) throw new DerReadError('der-unexpected-tag', node.start);
  const value = contentOf(node);
  if (value.length === 0 || value[0] !== 0) throw new DerReadError('der-bad-value', node.contentStart);
  return value.subarray(1);
}

/** Returns the number of significant bits of an unsigned big-endian integer. */
export function countBits(magnitude: Uint8Array): number {
  let skip = 0;
  while (skip < magnitude.length && magnitude[skip] === 0) skip++;
  if (skip === magnitude.length) return 0;
  const first = magnitude[skip] ?? 0;
  return (magnitude.length - skip - 1) * 8 + (32 - Math.clz32(first));
}

/** Returns an unsigned big-endian integer as a bigint. */
export function toBigInt(magnitude: Uint8Array): bigint {
  let value = 0n;
  for (const byte of magnitude) value = (value << 8n) | BigInt(byte);
  return value;
}

function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function decodeUtf16Be(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return text;
}

function decodeUtf32Be(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const codePoint = (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)) >>> 0;
    text += codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd';
  }
  return text;
}

/** Returns the text of a directory string (UTF8, Printable, IA5, T61, BMP, Universal); other tags give undefined. */
export function readDirectoryString(node: DerNode): string | undefined {
  const value = contentOf(node);
  switch (node.tag) {
    case DER_TAG.utf8String:
      return new TextDecoder('utf-8').decode(value);
    case DER_TAG.printableString:
    case DER_TAG.ia5String:
    case DER_TAG.t61String:
      return decodeLatin1(value);
    case DER_TAG.bmpString:
      return decodeUtf16Be(value);
    case DER_TAG.universalString:
      return decodeUtf32Be(value);
    default:
      return undefined;
  }
}

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/;

/** Returns a UTCTime or GeneralizedTime (UTC, `Z` form) as unix seconds; throws DerReadError on another form. */
export function readTimeSeconds(node: DerNode): number {
  const text = decodeLatin1(contentOf(node));
  let parts: RegExpExecArray | null;
  let year: number;
  if (node.tag === DER_TAG.utcTime && (parts = UTC_TIME.exec(text))) {
    const twoDigits = Number(parts[1]);
    // RFC 5280 §4.1.2.5.1: YY >= 50 is 19YY, else 20YY.
    year = twoDigits >= 50 ? 1900 + twoDigits : 2000 + twoDigits;
  } else if (node.tag === DER_TAG.generalizedTime && (parts = GENERALIZED_TIME.exec(text))) {
    year = Number(parts[1]);
  } else {
    throw new DerReadError('der-bad-value', node.contentStart);
  }
  const [month, day, hour, minute, second] = [parts[2], parts[3], parts[4], parts[5], parts[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    throw new DerReadError('der-bad-value', node.contentStart);
  }
  return daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second;
}

function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** Returns the concatenation of byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Returns the DER TLV of `tag` around the concatenated `contents`; does not check that the contents are valid for the tag. */
export function encodeDer(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const value = concatBytes(...contents);
  return concatBytes(Uint8Array.of(tag), encodeLength(value.length), value);
}

/** Returns the DER OBJECT IDENTIFIER for a dotted OID; does not check that the arcs are registered. */
export function encodeOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const body: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const groups: number[] = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) groups.unshift(0x80 | (value % 128));
    body.push(...groups);
  }
  return encodeDer(DER_TAG.oid, Uint8Array.from(body));
}

/** Returns a DER INTEGER holding a small non-negative number (a version field). */
export function encodeSmallInteger(value: number): Uint8Array {
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  if (bytes.length === 0 || ((bytes[0] ?? 0) & 0x80) !== 0) bytes.unshift(0);
  return encodeDer(DER_TAG.integer, Uint8Array.from(bytes));
}

/** Returns a DER BIT STRING with no unused bits holding `bytes`. */
export function encodeBitString(bytes: Uint8Array): Uint8Array {
  return encodeDer(DER_TAG.bitString, Uint8Array.of(0), bytes);
}
