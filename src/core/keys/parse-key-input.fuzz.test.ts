import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCharacter } from '../json/json-error';
import { hostileText, jwksText, jwkText, keyText, pemText, secretText } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { decodeSecret, type SecretEncoding } from './decode-secret';
import { detectKeyFormat, type KeyFormat } from './detect-key-format';
import type { KeyError, KeyErrorCode } from './key-error';
import type { KeyInfo } from './key-info';
import type { KeyNote } from './key-note';
import { parseJwk, privateMembersOf, type ParsedJwk } from './parse-jwk';
import { parseJwks } from './parse-jwks';
import { parseKeyInput, type ParsedKey } from './parse-key-input';
import { findPemLabel, formatPem, MAX_PEM_BLOCKS, parsePem, type PemError } from './parse-pem';

// Every code and value the key readers may answer with; `satisfies` makes a new one a compile error here until it is listed.
const PEM_ERROR_CODES = {
  'pem-no-armour': 0,
  'pem-bad-armour': 0,
  'pem-missing-end': 0,
  'pem-label-mismatch': 0,
  'pem-encrypted': 0,
  'pem-empty-body': 0,
  'pem-bad-base64': 0,
  'pem-bad-base64-length': 0,
} satisfies Record<PemError['code'], 0>;
const KEY_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.keys({
    ...PEM_ERROR_CODES,
    'key-empty': 0,
    'key-too-large': 0,
    'key-not-recognised': 0,
    'pem-unsupported-label': 0,
    'der-invalid': 0,
    'json-syntax': 0,
    'json-unexpected-end': 0,
    'json-too-deep': 0,
    'json-not-object': 0,
    'jwk-missing-member': 0,
    'jwk-member-type': 0,
    'jwk-member-not-base64url': 0,
    'jwks-keys-not-array': 0,
    'secret-bad-base64': 0,
    'secret-bad-base64-length': 0,
    'secret-bad-hex': 0,
    'secret-odd-hex-length': 0,
  } satisfies Record<KeyErrorCode | PemError['code'], 0>),
);
const KEY_FORMATS: ReadonlySet<string> = new Set(
  Object.keys({ none: 0, secret: 0, 'pem-spki': 0, 'pem-pkcs1': 0, 'pem-x509': 0, jwk: 0, jwks: 0, 'private-key': 0, unknown: 0 } satisfies Record<KeyFormat, 0>),
);
const KEY_NOTES: ReadonlySet<string> = new Set(
  Object.keys({
    'private-key-pasted': 0,
    'pem-extra-blocks': 0,
    'secret-surrounding-whitespace': 0,
    'secret-non-canonical-encoding': 0,
    'jwks-private-members-ignored': 0,
    'jwks-unreadable-members': 0,
  } satisfies Record<KeyNote, 0>),
);
const KEY_TYPES: ReadonlySet<string> = new Set(Object.keys({ rsa: 0, 'rsa-pss': 0, ec: 0, okp: 0, oct: 0, other: 0 } satisfies Record<KeyInfo['type'], 0>));
const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];

/** The kinds of key each detected format may be read as. */
const KINDS_OF_FORMAT = new Map<KeyFormat, readonly ParsedKey['kind'][]>([
  ['secret', ['secret']],
  ['pem-spki', ['spki']],
  ['pem-pkcs1', ['spki']],
  ['pem-x509', ['certificate']],
  ['private-key', ['pkcs8', 'jwk']],
  ['jwk', ['jwk']],
  ['jwks', ['jwks']],
]);

/** Line `line` (1-based) of the text, as the PEM reader counts lines (by LF). */
const lineOf = (text: string, line: number): string | undefined => text.split('\n')[line - 1];

/** Checks that an error's code is known and that what it points at is there in the text. */
function checkKeyError(text: string, error: KeyError): void {
  const where = () => `${JSON.stringify(error)} in ${JSON.stringify(text.slice(0, 200))}`;
  ensure(KEY_ERROR_CODES.has(error.code), where);
  switch (error.code) {
    case 'secret-bad-base64':
    case 'secret-bad-hex':
      ensure(error.position >= 0 && text.startsWith(error.character, error.position), where);
      break;
    case 'json-syntax':
      ensure(describeCharacter(text, error.position) === error.found, where);
      break;
    case 'json-unexpected-end':
      // At the end, or at the end of what is left once trailing whitespace is trimmed.
      ensure(error.position === text.length || error.position === text.trimEnd().length, where);
      break;
    case 'json-too-deep':
      ensure(text.charAt(error.position) === '[' || text.charAt(error.position) === '{', where);
      break;
    case 'pem-bad-base64':
      ensure(lineOf(text, error.line)?.startsWith(error.character, error.column - 1) === true, where);
      break;
    case 'pem-bad-armour':
      ensure(lineOf(text, error.line)?.startsWith('-----', error.column - 1) === true, where);
      break;
    case 'pem-missing-end':
    case 'pem-label-mismatch':
      ensure(lineOf(text, error.line) !== undefined, where);
      break;
    case 'der-invalid':
      ensure(error.offset >= 0, where);
      break;
    default:
      break;
  }
}

function checkJwk(jwk: ParsedJwk): void {
  ensure(KEY_TYPES.has(jwk.keyInfo.type), `key type ${jwk.keyInfo.type}`);
  ensure(Object.getPrototypeOf(jwk.publicJwk) === Object.prototype && Object.getPrototypeOf(jwk.jwk) === Object.prototype, 'a JWK is a plain object');
  const privateMembers = privateMembersOf(jwk.kty);
  ensure(!privateMembers.some((member) => Object.hasOwn(jwk.publicJwk, member)), `private members left in the public JWK of ${jwk.kty}`);
  ensure(jwk.isPrivate === privateMembers.some((member) => Object.hasOwn(jwk.jwk, member)), 'isPrivate');
}

function checkKey(key: ParsedKey, format: KeyFormat): void {
  ensure(KINDS_OF_FORMAT.get(format)?.includes(key.kind) === true, `a ${format} read as ${key.kind}`);
  ensure(key.format === format, `key format ${key.format}, detected ${format}`);
  ensure(key.notes.every((note) => KEY_NOTES.has(note)), `notes ${key.notes.join()}`);
  if ('keyInfo' in key) {
    ensure(KEY_TYPES.has(key.keyInfo.type), `key type ${key.keyInfo.type}`);
    if (key.keyInfo.type === 'rsa' || key.keyInfo.type === 'rsa-pss') ensure(Number.isSafeInteger(key.keyInfo.modulusBits) && key.keyInfo.modulusBits >= 0, 'modulus bits');
  }
  if (key.kind === 'jwk') checkJwk(key.jwk);
  if (key.kind === 'jwks') {
    for (const [index, member] of key.jwks.members.entries()) {
      ensure(member.index === index, 'JWKS member index');
      if (member.ok) checkJwk(member.jwk);
      else ensure(KEY_ERROR_CODES.has(member.error.code) && (!('index' in member.error) || member.error.index === undefined || member.error.index === index), () => `JWKS member ${JSON.stringify(member)}`);
    }
  }
}

describe('the key readers on anything pasted into the key box (fuzz)', () => {
  it('parseKeyInput answers a key of the detected format or a coded error pointing into the text, in time', () => {
    fc.assert(
      fc.property(keyText(), fc.constantFrom(...ENCODINGS), (text, secretEncoding) => {
        const format = withinTimeLimit('detectKeyFormat', () => detectKeyFormat(text));
        const parsed = withinTimeLimit('parseKeyInput', () => parseKeyInput(text, { secretEncoding }));
        expect(KEY_FORMATS.has(format)).toBe(true);
        if (parsed.ok) checkKey(parsed.key, format);
        else {
          expect(parsed.format).toBe(format);
          checkKeyError(text, parsed.error);
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('parseJwk and parseJwks answer plain JWKs without private members in their public halves, or coded errors', () => {
    fc.assert(
      fc.property(fc.oneof(jwkText, jwksText), (text) => {
        const jwk = withinTimeLimit('parseJwk', () => parseJwk(text));
        const jwks = withinTimeLimit('parseJwks', () => parseJwks(text));
        if (jwk.ok) checkJwk(jwk.jwk);
        else checkKeyError(text, jwk.error);
        if (jwks.ok) checkKey({ kind: 'jwks', format: 'jwks', jwks: jwks.jwks, notes: jwks.jwks.notes }, 'jwks');
        else checkKeyError(text, jwks.error);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('decodeSecret reads back the bytes of every encoding, and points at the first character it cannot read', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.constantFrom('', ' ', '\n', '\t '), secretText, (bytes, space, text) => {
        const written: [SecretEncoding, string][] = [
          ['hex', Buffer.from(bytes).toString('hex')],
          ['base64', Buffer.from(bytes).toString('base64')],
          ['base64url', Buffer.from(bytes).toString('base64url')],
        ];
        for (const [encoding, encoded] of written) {
          const decoded = decodeSecret(`${space}${encoded}${space}`, encoding);
          expect(decoded.ok && Buffer.from(decoded.bytes).equals(Buffer.from(bytes))).toBe(true);
        }
        for (const encoding of ENCODINGS) {
          const decoded = withinTimeLimit('decodeSecret', () => decodeSecret(text, encoding));
          if (decoded.ok) expect(decoded.notes.every((note) => KEY_NOTES.has(note))).toBe(true);
          else checkKeyError(text, decoded.error);
        }
        const utf8 = decodeSecret(text, 'utf8');
        expect(utf8.ok && Buffer.from(utf8.bytes).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('parsePem answers blocks inside the text, in order, under their BEGIN labels, or the first problem with a line that exists', () => {
    fc.assert(
      fc.property(fc.oneof(pemText(), hostileText()), (text) => {
        const parsed = withinTimeLimit('parsePem', () => parsePem(text));
        const label = withinTimeLimit('findPemLabel', () => findPemLabel(text));
        if (!parsed.ok) {
          expect(Object.hasOwn(PEM_ERROR_CODES, parsed.error.code)).toBe(true);
          if ('line' in parsed.error) expect(parsed.error.line).toBeLessThanOrEqual(text.split('\n').length);
          if (parsed.error.code === 'pem-no-armour') expect(label).toBeUndefined();
          return;
        }
        expect(parsed.blocks.length).toBeGreaterThan(0);
        expect(parsed.blocks.length).toBeLessThanOrEqual(MAX_PEM_BLOCKS);
        let previousEnd = 0;
        for (const block of parsed.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.startsWith(`-----BEGIN ${block.label}-----`, block.start)).toBe(true);
          expect(text.slice(0, block.end).endsWith(`-----END ${block.label}-----`)).toBe(true);
          expect(block.der.length).toBeGreaterThan(0);
          previousEnd = block.end;
        }
        expect(typeof label).toBe('string');
        // Written again, each block reads back as the same bytes.
        for (const block of parsed.blocks) expect(parsePem(formatPem(block.label, block.der))).toMatchObject({ ok: true, blocks: [{ label: block.label, der: block.der }] });
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
