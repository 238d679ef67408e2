import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countBits,
  DER_TAG,
  DerReadError,
  encodeDer,
  encodeOid,
  encodeSmallInteger,
  readDerNode,
  readDerRoot,
  readOid,
  readSmallInteger,
  readTimeSeconds,
  readUnsignedInteger,
  toBigInt,
} from './der';

const utcTime = (text: string): Uint8Array => encodeDer(DER_TAG.utcTime, new TextEncoder().encode(text));
const generalizedTime = (text: string): Uint8Array => encodeDer(DER_TAG.generalizedTime, new TextEncoder().encode(text));

function readError(run: () => unknown): { code: string; offset: number } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof DerReadError) return { code: error.code, offset: error.offset };
    throw error;
  }
}

describe('der', () => {
  it.each([
    ['1.2.840.113549.1.1.1', '06092a864886f70d010101'],
    ['1.2.840.10045.3.1.7', '06082a8648ce3d030107'],
    ['1.3.101.112', '06032b6570'],
    ['2.999.3', '0603883703'],
  ])('encodes and reads OID %s', (oid, hex) => {
    expect(Buffer.from(encodeOid(oid)).toString('hex')).toBe(hex);
    expect(readOid(readDerRoot(encodeOid(oid), DER_TAG.oid))).toBe(oid);
  });

  it('round-trips any OID', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 39 }), fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 8 }), (a, b, rest) => {
        const oid = [a, b, ...rest].join('.');
        expect(readOid(readDerRoot(encodeOid(oid), DER_TAG.oid))).toBe(oid);
      }),
    );
  });

  it.each([0, 1, 127, 128, 255, 256, 65_535, 65_536, 1_000_000])('writes and reads a %i-byte value (short and long length forms)', (length) => {
    const der = encodeDer(DER_TAG.octetString, new Uint8Array(length));
    const node = readDerNode(der, 0);
    expect(node.end - node.contentStart).toBe(length);
    expect(node.end).toBe(der.length);
  });

  it('reports truncation, indefinite lengths and trailing data with the offset', () => {
    expect(readError(() => readDerNode(Uint8Array.of(0x30, 0x05, 0x02, 0x01), 0))).toEqual({ code: 'der-truncated', offset: 4 });
    expect(readError(() => readDerNode(Uint8Array.of(0x30), 0))).toEqual({ code: 'der-truncated', offset: 1 });
    expect(readError(() => readDerNode(Uint8Array.of(0x30, 0x80, 0x00, 0x00), 0))).toEqual({ code: 'der-bad-length', offset: 1 });
    expect(readError(() => readDerNode(Uint8Array.of(0x30, 0x85, 1, 1, 1, 1, 1), 0))).toEqual({ code: 'der-bad-length', offset: 1 });
    expect(readError(() => readDerRoot(Uint8Array.of(0x05, 0x00, 0x00), DER_TAG.null))).toEqual({ code: 'der-trailing-data', offset: 2 });
    expect(readError(() => readDerRoot(Uint8Array.of(0x05, 0x00), DER_TAG.sequence))).toEqual({ code: 'der-unexpected-tag', offset: 0 });
  });

  it('never throws anything but DerReadError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        readError(() => readDerRoot(bytes, DER_TAG.sequence));
      }),
    );
  });

  it('reads integers', () => {
    expect(readSmallInteger(readDerRoot(encodeSmallInteger(0), DER_TAG.integer))).toBe(0);
    expect(readSmallInteger(readDerRoot(encodeSmallInteger(128), DER_TAG.integer))).toBe(128);
    expect(Buffer.from(encodeSmallInteger(128)).toString('hex')).toBe('02020080');
    const magnitude = readUnsignedInteger(readDerRoot(Uint8Array.of(0x02, 0x03, 0x00, 0x80, 0x01), DER_TAG.integer));
    expect(Array.from(magnitude)).toEqual([0x80, 0x01]);
    expect(readError(() => readUnsignedInteger(readDerRoot(Uint8Array.of(0x02, 0x01, 0x80), DER_TAG.integer)))?.code).toBe('der-bad-value');
    expect(countBits(Uint8Array.of(0x00, 0x01, 0x00))).toBe(9);
    expect(countBits(Uint8Array.of(0x80, 0, 0))).toBe(24);
    expect(countBits(new Uint8Array(3))).toBe(0);
    expect(toBigInt(Uint8Array.of(1, 0, 1))).toBe(65_537n);
  });

  it.each([
    ['UTCTime 1970', utcTime('700101000000Z'), 0],
    ['UTCTime 2049 (YY < 50)', utcTime('491231235959Z'), 2_524_607_999],
    ['UTCTime 1950 (YY >= 50)', utcTime('500101000000Z'), -631_152_000],
    ['UTCTime without seconds', utcTime('1505010000Z'), 1_430_438_400],
    ['GeneralizedTime 2115', generalizedTime('21150501000000Z'), 4_586_112_000],
    ['GeneralizedTime leap day', generalizedTime('20240229120000Z'), 1_709_208_000],
    ['GeneralizedTime with fraction', generalizedTime('20240229120000.5Z'), 1_709_208_000],
  ])('reads %s as unix seconds', (_name, der, seconds) => {
    const node = readDerNode(der, 0);
    expect(readTimeSeconds(node)).toBe(seconds);
  });

  it.each([utcTime('700101000000+0100'), generalizedTime('2024022912Z'), utcTime('701301000000Z')])('refuses a time that is not UTC Z form', (der) => {
    expect(readError(() => readTimeSeconds(readDerNode(der, 0)))?.code).toBe('der-bad-value');
  });
});
