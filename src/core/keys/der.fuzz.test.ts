import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyDer } from '../test-support/fuzz-arbitraries';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import {
  contentOf,
  DER_TAG,
  DerReadError,
  encodeDer,
  encodeOid,
  encodeSmallInteger,
  readDerNode,
  readDerRoot,
  readDirectoryString,
  readOid,
  readSmallInteger,
  readTimeSeconds,
  type DerErrorCode,
} from './der';
import { formatDistinguishedName, readCertificate } from './read-certificate';
import { wrapPkcs1InSpki } from './pkcs1-to-spki';
import { readPkcs8, wrapPkcs1PrivateKeyInPkcs8, wrapSec1InPkcs8 } from './private-key-to-pkcs8';
import { readSpki, type KeyStructure, type KeyStructureError } from './read-spki';

const DER_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.keys({ 'der-truncated': 0, 'der-bad-length': 0, 'der-unexpected-tag': 0, 'der-bad-value': 0, 'der-trailing-data': 0 } satisfies Record<DerErrorCode, 0>),
);
const STRUCTURE_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.keys({
    'der-truncated': 0,
    'der-bad-length': 0,
    'der-unexpected-tag': 0,
    'der-bad-value': 0,
    'der-trailing-data': 0,
    'sec1-curve-missing': 0,
  } satisfies Record<KeyStructureError['code'], 0>),
);

/** Runs a DER reader that may only fail with a DerReadError; returns what it read, or the error's code. */
function readOrCode<T>(read: () => T): T | DerErrorCode {
  try {
    return read();
  } catch (error) {
    if (error instanceof DerReadError) return error.code;
    throw error;
  }
}

/** A structure reader's error names its structure, a known code and a byte inside the DER (or just past it). */
function expectStructureError(error: KeyStructureError, structure: KeyStructure, der: Uint8Array): void {
  expect(error.structure).toBe(structure);
  expect(STRUCTURE_ERROR_CODES.has(error.code)).toBe(true);
  expect(error.offset).toBeGreaterThanOrEqual(0);
  expect(error.offset).toBeLessThanOrEqual(der.length);
}

describe('the DER readers on any bytes (fuzz)', () => {
  it('read an element anywhere in any bytes, or fail with a DerReadError, never past the limit', () => {
    fc.assert(
      fc.property(fc.oneof(keyDer().any, fc.uint8Array({ maxLength: 80 })), fc.nat(), fc.nat(), (bytes, at, cut) => {
        const offset = at % (bytes.length + 1);
        const limit = offset + (cut % (bytes.length - offset + 1));
        const node = readOrCode(() => readDerNode(bytes, offset, limit));
        if (typeof node === 'string') {
          expect(DER_ERROR_CODES.has(node)).toBe(true);
          return;
        }
        expect(node.start).toBe(offset);
        expect(node.contentStart).toBeGreaterThan(node.start);
        expect(node.end).toBeGreaterThanOrEqual(node.contentStart);
        expect(node.end).toBeLessThanOrEqual(limit);
        for (const read of [readOid, readSmallInteger, readTimeSeconds]) {
          const value = readOrCode(() => read(node));
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
        expect(['string', 'undefined']).toContain(typeof readDirectoryString(node));
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('read back what the encoders wrote: any content, any OID, any small integer', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 39 }), fc.array(fc.maxSafeNat(), { maxLength: 6 })),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (content, [first, second, rest], small) => {
          expect(contentOf(readDerRoot(encodeDer(DER_TAG.octetString, content), DER_TAG.octetString))).toEqual(content);
          const oid = [first, second, ...rest].join('.');
          expect(readOid(readDerRoot(encodeOid(oid), DER_TAG.oid))).toBe(oid);
          expect(readSmallInteger(readDerRoot(encodeSmallInteger(small), DER_TAG.integer))).toBe(small);
        },
      ),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('the key structure readers answer a key or a coded error, and what they wrap reads back as the same key', () => {
    const der = keyDer();
    fc.assert(
      fc.property(fc.oneof(der.spki, der.pkcs1, der.pkcs8, der.sec1, der.pkcs1Private, der.certificate), (bytes) => {
        const spki = withinTimeLimit('readSpki', () => readSpki(bytes));
        if (!spki.ok) expectStructureError(spki.error, 'spki', bytes);

        const pkcs8 = withinTimeLimit('readPkcs8', () => readPkcs8(bytes));
        if (!pkcs8.ok) expectStructureError(pkcs8.error, 'pkcs8', bytes);

        const fromPkcs1 = withinTimeLimit('wrapPkcs1InSpki', () => wrapPkcs1InSpki(bytes));
        if (fromPkcs1.ok) expect(readSpki(fromPkcs1.spki)).toEqual({ ok: true, keyInfo: fromPkcs1.keyInfo });
        else expectStructureError(fromPkcs1.error, 'pkcs1-public', bytes);

        const fromSec1 = withinTimeLimit('wrapSec1InPkcs8', () => wrapSec1InPkcs8(bytes));
        if (fromSec1.ok) expect(readPkcs8(fromSec1.pkcs8)).toEqual({ ok: true, keyInfo: fromSec1.keyInfo });
        else expectStructureError(fromSec1.error, 'sec1', bytes);

        const fromPkcs1Private = withinTimeLimit('wrapPkcs1PrivateKeyInPkcs8', () => wrapPkcs1PrivateKeyInPkcs8(bytes));
        if (fromPkcs1Private.ok) expect(readPkcs8(fromPkcs1Private.pkcs8)).toEqual({ ok: true, keyInfo: fromPkcs1Private.keyInfo });
        else expectStructureError(fromPkcs1Private.error, 'pkcs1-private', bytes);

        const certificate = withinTimeLimit('readCertificate', () => readCertificate(bytes));
        if (certificate.ok) {
          const { notBeforeSeconds, notAfterSeconds, spki: certificateSpki, keyInfo, subject, issuer } = certificate.certificate;
          expect(Number.isFinite(notBeforeSeconds) && Number.isFinite(notAfterSeconds)).toBe(true);
          expect(readSpki(certificateSpki)).toEqual({ ok: true, keyInfo });
          expect(`${formatDistinguishedName(subject)}${formatDistinguishedName(issuer)}`).not.toContain('undefined');
        } else {
          expectStructureError(certificate.error, 'certificate', bytes);
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
