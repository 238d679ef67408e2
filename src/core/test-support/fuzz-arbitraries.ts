// Test-only: the inputs of the fuzz properties (*.fuzz.test.ts). Hostile text (any code point, lone
// surrogates, invisible and direction-changing characters); JSON text written lexeme by lexeme, so
// it holds what JSON.stringify never writes (prototype names as members, repeated names, raw lone
// surrogates, numbers JavaScript reads differently, deep nesting, huge counts) and broken copies of
// it; compact tokens of base64url JSON and bytes, wrapped and inside larger texts; and key text:
// secrets, JWK and JWK Set JSON, PEM around DER shaped like the key structures, and real keys broken.
import { X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { MAX_DATE_SECONDS } from '../claims/unix-seconds';
import { encodeBase64Url } from '../encoding/base64url';
import { DER_TAG, encodeBitString, encodeDer, encodeOid, encodeSmallInteger } from '../keys/der';
import { EC_CURVE_BY_OID, OID } from '../keys/key-info';
import { createAsymmetricKeyForms, createCertificate, getKeyPair, signToken, type KeyPair } from '../crypto/test-support/create-key-fixtures';
import { hostileJwk, hostileToken, PROTOTYPE_NAMES, prototypeName } from './prototype-names';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Returns base64url of a text's UTF-8 (lone surrogates become U+FFFD, as any encoder writes them). */
export const base64UrlOfText = (text: string): string => encodeBase64Url(utf8(text));

// ---------------------------------------------------------------------------------------------
// Text

/** A UTF-16 code unit from the surrogate range on its own: never valid UTF-16, always possible in a JS string. */
export const loneSurrogate: fc.Arbitrary<string> = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Characters that matter to a reader or a parser: invisible, format and bidi controls, tags, non-characters, every kind of space and break, JSON and token punctuation, a Cyrillic look-alike. */
const MEANINGFUL_CHARACTERS = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202D', '\u2066', '\u2069', '\u061C',
  '\u{E0041}', '\u{E007F}', '\uFFFE', '\uFFFF', '\u{10FFFF}', '\u{1FFFE}', '\u0000', '\u0007', '\u001F', '\u007F',
  '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u3000', '\t', '\r', '\n', '\v', '\f', ' ',
  '"', "'", '`', '\\', '/', '.', '=', '+', '-', '_', ':', ';', ',', '{', '}', '[', ']', '?', '&', '#', '%', '~',
  '\u0430', '\u0435', '\u{1F600}', 'e', 'y', 'J', 'A',
];

/** One character of hostile text: any code point, a lone surrogate or one of the meaningful ones. */
export const textUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.constantFrom(...MEANINGFUL_CHARACTERS), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: loneSurrogate, weight: 1 },
);

/** Hostile text of up to `maxLength` characters. */
export function hostileText(maxLength = 80): fc.Arbitrary<string> {
  return fc.string({ unit: textUnit, maxLength });
}

/** Returns `text` with up to three characters inserted, deleted or replaced, or cut short. */
export function mutateText(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace', 'cut'), unit: textUnit });
  return fc.tuple(text, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([original, edits]) => {
    let result = original;
    for (const { at, kind, unit } of edits) {
      const position = at % (result.length + 1);
      if (kind === 'insert') result = result.slice(0, position) + unit + result.slice(position);
      else if (kind === 'delete') result = result.slice(0, position) + result.slice(position + 1);
      else if (kind === 'replace') result = result.slice(0, position) + unit + result.slice(position + 1);
      else result = result.slice(0, position);
    }
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// JSON text

/** How a string lexeme is written: as JSON.stringify does (lone surrogates escaped), raw (lone surrogates as they are), or every code unit as `\uXXXX`. */
type StringStyle = 'stringify' | 'raw' | 'escaped';

// JSON's own escapes: the quote, the backslash and the C0 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /["\\\u0000-\u001f]/g;

function writeJsonString(value: string, style: StringStyle): string {
  if (style === 'stringify') return JSON.stringify(value);
  if (style === 'escaped') {
    let escaped = '';
    for (let i = 0; i < value.length; i++) escaped += `\\u${value.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return `"${escaped}"`;
  }
  return `"${value.replace(CONTROL_CHARACTERS, (character) => JSON.stringify(character).slice(1, -1))}"`;
}

const stringStyle = fc.constantFrom<StringStyle>('stringify', 'stringify', 'raw', 'escaped');

/** Member names the code looks for, so generated objects reach the branches that read them. */
export const KNOWN_MEMBER_NAMES = [
  'alg', 'typ', 'cty', 'kid', 'enc', 'zip', 'crit', 'jwk', 'jku', 'x5c', 'x5u', 'x5t', 'b64', 'p2c', 'p2s', 'epk', 'apu', 'iv', 'tag',
  'iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'azp', 'nonce', 'scope', 'scp', 'client_id', 'cnf', 'events', 'token_use',
  'token_type', 'email', 'name', 'password', 'secret', 'ssn', 'htm', 'htu', 'firebase', 'tid', 'oid', 'realm_access',
];

/** The members a JWK or JWK Set is read by (RFC 7517, RFC 7518 §6, RFC 8037). */
const JWK_MEMBER_NAMES = ['kty', 'crv', 'use', 'key_ops', 'alg', 'kid', 'd', 'n', 'e', 'x', 'y', 'k', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'pub', 'priv', 'keys', 'ext'];

/** Values those members usually hold, so the code's tables are looked up with real values as well as hostile ones. */
const KNOWN_VALUES = [
  'HS256', 'HS384', 'HS512', 'RS256', 'PS256', 'ES256', 'ES256K', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'none', 'None', 'NONE',
  'RSA-OAEP', 'RSA1_5', 'A128KW', 'dir', 'ECDH-ES', 'PBES2-HS256+A128KW', 'A128GCM', 'A256CBC-HS512', 'DEF',
  'JWT', 'jwt', 'at+jwt', 'application/at+jwt', 'dpop+jwt', 'secevent+jwt', 'logout+jwt', 'Bearer', 'ID', 'Refresh', 'id', 'access',
  'RSA', 'EC', 'OKP', 'oct', 'AKP', 'P-256', 'P-384', 'P-521', 'secp256k1', 'X25519', 'sig', 'verify', 'sign',
  'https://issuer.example', 'https://login.microsoftonline.com/t/v2.0', 'http://127.0.0.1/jwks', 'file:///etc/passwd',
  '../../../../etc/passwd', "' OR '1'='1", '| rm -rf /', 'http://schemas.openid.net/event/backchannel-logout',
  'AQAB', 'c2VjcmV0', 'secret', 'your-256-bit-secret', '', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA',
];

/** A member name: a prototype name, one the code looks for, or hostile text. */
export const memberName: fc.Arbitrary<string> = fc.oneof(
  prototypeName,
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom(...KNOWN_MEMBER_NAMES, ...JWK_MEMBER_NAMES),
  hostileText(12),
);

/**
 * How often a huge input is drawn, against RARE_WEIGHT for the ordinary ones: one case in about forty,
 * so a run meets hundreds of them while the 100,000-case run stays within minutes per property.
 */
const RARE_WEIGHT = 40;

/** Number lexemes JavaScript reads differently from how they are written, and ordinary times around them. */
const NUMBER_LEXEMES = [
  '0', '-0', '1', '-1', '1.0', '1.5', '1E+2', '1e-7', '1e400', '-1e400', '1e-400', '9007199254740993', '-9007199254740993',
  '123456789012345678901234567890', '4e9', '1750000000', '1750000000000', '1750000000.5', '253402300799', '8640000000001',
  '99999999999999999999', '0.1e1', '2147483648', '-2147483649',
];

/** A number as JSON writes it: the lexemes above, integers, doubles and integers beyond any double's precision. */
export const numberLexeme: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NUMBER_LEXEMES),
  fc.integer().map(String),
  fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);

/** A long value of a few hundred to twenty thousand characters, repeating what the rules look for (paths, SQL, addresses, hidden characters). */
const longString: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 200, max: 20_000 }), fc.constantFrom('../', "' OR '1'='1' -- ", 'a@b.example ', 'https://x.example/', '\u200B', 'é', 'A'))
  .map(([length, piece]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

const stringLexeme: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.oneof(hostileText(16), prototypeName, fc.constantFrom(...KNOWN_VALUES)), weight: RARE_WEIGHT }, { arbitrary: longString, weight: 1 }),
    stringStyle,
  )
  .map(([value, style]) => writeJsonString(value, style));

const scalarLexeme: fc.Arbitrary<string> = fc.oneof(numberLexeme, stringLexeme, fc.constantFrom('true', 'false', 'null'));

/** Whitespace JSON allows between lexemes, mostly none. */
const jsonSpace: fc.Arbitrary<string> = fc.constantFrom('', '', '', '', ' ', '\n', '\n  ', '\t', '\r\n');

const nameLexeme: fc.Arbitrary<string> = fc.tuple(memberName, stringStyle).map(([name, style]) => writeJsonString(name, style));

/** JSON text of nested arrays and objects, a few members each, names and values as above. */
const jsonTree = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 4, withCrossShrink: true }, scalarLexeme, tie('array'), tie('object')),
  array: fc
    .array(fc.tuple(jsonSpace, tie('value'), jsonSpace), { maxLength: 4 })
    .map((items) => `[${items.map(([before, value, after]) => before + value + after).join(',')}]`),
  object: fc
    .array(fc.tuple(jsonSpace, nameLexeme, jsonSpace, jsonSpace, tie('value'), jsonSpace), { maxLength: 5 })
    .map((members) => `{${members.map(([a, name, b, c, value, d]) => `${a}${name}${b}:${c}${value}${d}`).join(',')}}`),
}));

/** JSON object text whose members are named and valued as above. */
export const jsonObjectTree: fc.Arbitrary<string> = jsonTree.object;

/** Sizes of the huge shapes: each takes the code under test tens of milliseconds at most. */
export const HUGE = { depth: 1_100, members: 10_000, numbers: 20_000, stringLength: 200_000 } as const;

/** JSON texts far larger or deeper than any real token holds: deep nesting, many (repeated) members, long arrays and strings. */
export const hugeJson: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 2, max: HUGE.depth }).map((depth) => `${'['.repeat(depth)}0${']'.repeat(depth)}`),
  fc.tuple(fc.integer({ min: 2, max: HUGE.depth }), prototypeName).map(([depth, name]) => `${`{${JSON.stringify(name)}:`.repeat(depth)}0${'}'.repeat(depth)}`),
  fc.integer({ min: 2, max: HUGE.depth }).map((depth) => `${'['.repeat(depth)}`),
  fc.tuple(fc.integer({ min: 100, max: HUGE.members }), fc.oneof(prototypeName, fc.constant('a'))).map(([count, name]) => `{${`${JSON.stringify(name)}:0,`.repeat(count - 1)}${JSON.stringify(name)}:1}`),
  fc.integer({ min: 100, max: HUGE.members }).map((count) => `{${Array.from({ length: count }, (_, i) => `"m${i}":${i}`).join(',')}}`),
  fc.integer({ min: 100, max: HUGE.numbers }).map((count) => `{"n":[${Array.from({ length: count }, (_, i) => i * 7).join(',')}]}`),
  fc.tuple(fc.integer({ min: 1_000, max: HUGE.stringLength }), textUnit).map(([length, unit]) => `{"s":${writeJsonString(unit.repeat(length).slice(0, length), 'raw')}}`),
);


/** Any JSON text: small trees, JSON.stringify of fast-check's values (full Unicode), and rarely a huge one. */
export const jsonText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: jsonTree.value, weight: RARE_WEIGHT - 10 },
  { arbitrary: fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 10 },
  { arbitrary: hugeJson, weight: 1 },
);

/** JSON object text: trees and, rarely, a huge object. */
export const jsonObjectText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: jsonTree.object, weight: RARE_WEIGHT },
  { arbitrary: hugeJson.map((huge) => `{"alg":"HS256","huge":${huge}}`), weight: 1 },
);

/** JSON text, broken JSON text (edited or cut), or any text: what an editor holds while someone types. */
export const jsonLikeText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: jsonText, weight: 4 },
  { arbitrary: mutateText(jsonTree.value), weight: 3 },
  { arbitrary: hostileText(), weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Tokens

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One dot-separated segment: base64url of bytes, of JSON or of any text; non-canonical base64; any length of the alphabet; garbage; nothing. */
export const segment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 96 }).map(encodeBase64Url), weight: 3 },
  { arbitrary: jsonLikeText.map(base64UrlOfText), weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64')), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...URL_ALPHABET), maxLength: 45 }), weight: 2 },
  { arbitrary: mutateText(fc.uint8Array({ minLength: 1, maxLength: 48 }).map(encodeBase64Url)), weight: 1 },
  { arbitrary: hostileText(12), weight: 1 },
  { arbitrary: fc.constant(''), weight: 1 },
);

/** A JWS whose header is a JSON object, payload JSON or text, signature random bytes (empty, or of an algorithm's length). */
export const wellFormedJws: fc.Arbitrary<string> = fc
  .tuple(jsonObjectText, fc.oneof(jsonText, hostileText(40)), fc.oneof(fc.uint8Array({ maxLength: 80 }), fc.constantFrom(0, 32, 64, 256).map((n) => new Uint8Array(n).fill(7))))
  .map(([header, payload, signature]) => `${base64UrlOfText(header)}.${base64UrlOfText(payload)}.${encodeBase64Url(signature)}`);

/** A five-part JWE whose header is a JSON object with `enc`. */
export const wellFormedJwe: fc.Arbitrary<string> = fc
  .tuple(jsonObjectTree, fc.constantFrom('A128GCM', 'A256GCM', 'A256CBC-HS512'), fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { minLength: 4, maxLength: 4 }))
  .map(([header, enc, parts]) => {
    const withEnc = header === '{}' ? `{"enc":"${enc}"}` : `{"enc":"${enc}",${header.slice(1)}`;
    return [base64UrlOfText(withEnc), ...parts.map(encodeBase64Url)].join('.');
  });

/** Texts of very many parts or dots, and headers or payloads with very many members (the issue's freezing inputs, scaled down). */
export const hugeToken: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 10, max: 100_000 }).map((count) => '.'.repeat(count)),
  fc.integer({ min: 10, max: 50_000 }).map((count) => 'a.'.repeat(count)),
  fc.integer({ min: 10, max: 20_000 }).map((count) => `eyJ${'.eyJ'.repeat(count)}`),
  fc.integer({ min: 100, max: HUGE.members }).map((count) => `${base64UrlOfText(`{"alg":"HS256",${Array.from({ length: count }, (_, i) => `"p${i}":${i}`).join(',')}}`)}.e30.c2ln`),
  fc.integer({ min: 100, max: HUGE.members }).map((count) => `eyJhbGciOiJIUzI1NiJ9.${base64UrlOfText(`{${'"a":1,'.repeat(count)}"a":2}`)}.c2ln`),
  fc.integer({ min: 1_000, max: 500_000 }).map((length) => `eyJhbGciOiJIUzI1NiJ9.${'A'.repeat(length)}.c2ln`),
);

/** Dot-joined segments: mostly three or five, sometimes any count. */
export const dottedSegments: fc.Arbitrary<string> = fc
  .oneof(
    fc.array(segment, { minLength: 3, maxLength: 3 }),
    fc.array(segment, { minLength: 5, maxLength: 5 }),
    fc.array(segment, { minLength: 1, maxLength: 9 }),
  )
  .map((segments) => segments.join('.'));

const WRAPPERS: readonly [string, string][] = [
  ['', ''],
  ['  ', '\n'],
  ['Bearer ', ''],
  ['bearer\t', ' '],
  ['"', '"'],
  ["'", "'"],
  ['Bearer "', '"'],
  ['"Bearer ', '"'],
  ['`', '`'],
  ['\u00A0', '\u3000'],
];

/** A token as pasted: with whitespace, quotes or a Bearer prefix around it, and line breaks or spaces inside. */
export function pasted(token: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(token, fc.constantFrom(...WRAPPERS), fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', ' ', '\t', '\u2028', '\n    ')), { maxLength: 3 }))
    .map(([text, [before, after], breaks]) => {
      let result = text;
      for (const [at, space] of breaks) {
        const position = at % (result.length + 1);
        result = result.slice(0, position) + space + result.slice(position);
      }
      return before + result + after;
    });
}

/** A token-like text, as built or as pasted: structured tokens, random segments, prototype-name tokens and, rarely, huge ones. */
export const tokenText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: wellFormedJws, weight: 12 },
  { arbitrary: wellFormedJwe, weight: 3 },
  { arbitrary: hostileToken, weight: 6 },
  { arbitrary: dottedSegments, weight: 12 },
  { arbitrary: pasted(fc.oneof(wellFormedJws, dottedSegments)), weight: 7 },
  { arbitrary: hostileText(), weight: 3 },
  { arbitrary: hugeToken, weight: 1 },
);

/** Text before a token in the places tokens are pasted from. */
const CONTEXT_BEFORE = [
  'Authorization: Bearer ',
  'authorization:Bearer ',
  "curl -H 'Authorization: Bearer ",
  'curl https://api.example/x \\\n  -H "Authorization: Bearer ',
  'GET /x HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ',
  'HTTP/1.1 200 OK\r\n\r\n{"access_token":"',
  'Cookie: a=b; session=',
  'Set-Cookie: id=',
  '{"id_token": "',
  '{"__proto__":"',
  '{"constructor": "',
  'https://app.example/cb#id_token=',
  'https://app.example/cb?code=1&access_token=',
  'token=',
  'log line 12: jwt=',
  '/',
];

const CONTEXT_AFTER = ['', '"', "'", '\n', '\r\n', '&state=x', '; Path=/', '"}', ' trailing words', ',', '#frag'];

/** A larger text with zero or more tokens in it: HTTP messages, curl lines, JSON bodies, URLs, logs. */
export const textWithTokens: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...CONTEXT_BEFORE), fc.oneof(wellFormedJws, wellFormedJwe, dottedSegments), fc.constantFrom(...CONTEXT_AFTER)).map((parts) => parts.join('')),
      hostileText(30),
      fc.constantFrom(' ', '\n', '\\\n', ' ^\n', ' and '),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));

/** More distinct tokens than the search lists, one a line. */
export const manyTokensText: fc.Arbitrary<string> = fc
  .integer({ min: 40, max: 120 })
  .map((count) => Array.from({ length: count }, (_, i) => `Authorization: Bearer eyJhbGciOiJub25lIn0.${base64UrlOfText(`{"n":${i}}`)}.`).join('\n'));

/** Anything the token box can hold. */
export const decoderInput: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: tokenText, weight: 6 },
  { arbitrary: textWithTokens, weight: 3 },
  { arbitrary: manyTokensText, weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// DER and PEM

const KNOWN_OIDS = [...Object.values(OID), ...EC_CURVE_BY_OID.keys(), '1.2.840.113549.1.1.11', '1.2.840.10045.4.3.2', '2.5.4.3', '2.5.4.6', '2.999.1', '0.0'];

/** An OBJECT IDENTIFIER: one the readers know, or any arcs (some beyond 2^53, which are refused). */
const oidNode: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.constantFrom(...KNOWN_OIDS).map(encodeOid),
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 39 }), fc.array(fc.nat(), { maxLength: 5 })).map(([a, b, rest]) => encodeOid([a, b, ...rest].join('.'))),
  fc.uint8Array({ maxLength: 12 }).map((bytes) => encodeDer(DER_TAG.oid, bytes)),
);

const integerNode: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 260 }).map((bytes) => encodeDer(DER_TAG.integer, bytes)),
  fc.constantFrom(0, 1, 2, 65537).map(encodeSmallInteger),
);

const TIME_TEXTS = ['250101000000Z', '491231235959Z', '500101000000Z', '2501010000Z', '991399999999Z', '20250101000000Z', '20250101000000.5Z', '99991231235959Z', '2025', ''];
const timeNode: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(DER_TAG.utcTime, DER_TAG.generalizedTime), fc.oneof(fc.constantFrom(...TIME_TEXTS), fc.stringMatching(/^\d{12,14}Z$/)))
  .map(([tag, text]) => encodeDer(tag, utf8(text)));

const STRING_TAGS = [DER_TAG.utf8String, DER_TAG.printableString, DER_TAG.ia5String, DER_TAG.t61String, DER_TAG.bmpString, DER_TAG.universalString, DER_TAG.octetString];
const stringNode: fc.Arbitrary<Uint8Array> = fc.tuple(fc.constantFrom(...STRING_TAGS), fc.uint8Array({ maxLength: 24 })).map(([tag, bytes]) => encodeDer(tag, bytes));

const PRIMITIVE_TAGS = [DER_TAG.integer, DER_TAG.bitString, DER_TAG.octetString, DER_TAG.null, DER_TAG.oid, DER_TAG.utcTime, 0x81, 0x1f, 0x00, 0xff];

/** Any DER element: primitives, constructed elements of any children, and the typed elements above. */
const derTree = fc.letrec<{ node: Uint8Array }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.tuple(fc.constantFrom(...PRIMITIVE_TAGS), fc.uint8Array({ maxLength: 40 })).map(([tag, bytes]) => encodeDer(tag, bytes)),
    fc.tuple(fc.constantFrom(DER_TAG.sequence, DER_TAG.set, DER_TAG.context0, DER_TAG.context1, 0xa3), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => encodeDer(tag, ...children)),
    oidNode,
    integerNode,
    stringNode,
    timeNode,
  ),
}));
const anyDer = derTree.node;

const sequence = (...children: Uint8Array[]) => encodeDer(DER_TAG.sequence, ...children);
const optional = (node: fc.Arbitrary<Uint8Array>) => fc.option(node, { nil: undefined });
const present = (nodes: (Uint8Array | undefined)[]) => nodes.filter((node): node is Uint8Array => node !== undefined);

const algorithmIdentifier: fc.Arbitrary<Uint8Array> = fc
  .tuple(oidNode, optional(fc.oneof(oidNode, fc.constant(Uint8Array.of(DER_TAG.null, 0)), anyDer)))
  .map(([oid, parameters]) => sequence(...present([oid, parameters])));

const rsaPublicKey: fc.Arbitrary<Uint8Array> = fc.tuple(integerNode, integerNode).map(([n, e]) => sequence(n, e));

const spki: fc.Arbitrary<Uint8Array> = fc
  .tuple(algorithmIdentifier, fc.oneof(rsaPublicKey, fc.uint8Array({ maxLength: 97 })))
  .map(([algorithm, key]) => sequence(algorithm, encodeBitString(key)));

const rsaPrivateKey: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(0, 1, 2), fc.array(integerNode, { minLength: 2, maxLength: 9 }), optional(anyDer))
  .map(([version, numbers, more]) => sequence(encodeSmallInteger(version), ...numbers, ...present([more])));

const sec1: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(0, 1, 2), fc.uint8Array({ maxLength: 48 }), optional(oidNode), optional(fc.uint8Array({ maxLength: 65 })))
  .map(([version, scalar, curve, point]) =>
    sequence(
      encodeSmallInteger(version),
      encodeDer(DER_TAG.octetString, scalar),
      ...present([curve && encodeDer(DER_TAG.context0, curve), point && encodeDer(DER_TAG.context1, encodeBitString(point))]),
    ),
  );

const pkcs8: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(0, 1, 2), algorithmIdentifier, fc.oneof(rsaPrivateKey, sec1, anyDer, fc.uint8Array({ maxLength: 40 })), optional(anyDer))
  .map(([version, algorithm, key, more]) => sequence(encodeSmallInteger(version), algorithm, encodeDer(DER_TAG.octetString, key), ...present([more])));

const distinguishedName: fc.Arbitrary<Uint8Array> = fc
  .array(fc.array(fc.tuple(oidNode, fc.oneof(stringNode, anyDer)), { maxLength: 2 }), { maxLength: 3 })
  .map((rdns) => sequence(...rdns.map((rdn) => encodeDer(DER_TAG.set, ...rdn.map(([oid, value]) => sequence(oid, value))))));

const certificate: fc.Arbitrary<Uint8Array> = fc
  .tuple(integerNode, algorithmIdentifier, distinguishedName, timeNode, timeNode, distinguishedName, spki, fc.uint8Array({ maxLength: 64 }))
  .map(([serial, algorithm, issuer, notBefore, notAfter, subject, key, signature]) =>
    sequence(
      sequence(encodeDer(DER_TAG.context0, encodeSmallInteger(2)), serial, algorithm, issuer, sequence(notBefore, notAfter), subject, key),
      algorithm,
      encodeBitString(signature),
    ),
  );

/** Returns `bytes` with up to three bytes flipped, replaced, inserted or deleted, or cut short. */
function mutateBytes(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'set', 'insert', 'delete', 'cut'), value: fc.integer({ min: 0, max: 255 }) });
  return fc.tuple(bytes, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([original, edits]) => {
    let result = Array.from(original);
    for (const { at, kind, value } of edits) {
      const position = at % (result.length + 1);
      if (kind === 'flip' && position < result.length) result[position] = (result[position] ?? 0) ^ (1 << (value % 8));
      else if (kind === 'set' && position < result.length) result[position] = value;
      else if (kind === 'insert') result.splice(position, 0, value);
      else if (kind === 'delete') result.splice(position, 1);
      else if (kind === 'cut') result = result.slice(0, position);
    }
    return Uint8Array.from(result);
  });
}

/** DER of each key structure, real keys, or anything, each sometimes broken. */
function derFor(shaped: fc.Arbitrary<Uint8Array>, real: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const whole = real.length > 0 ? fc.oneof(shaped, fc.constantFrom(...real)) : shaped;
  return fc.oneof({ arbitrary: whole, weight: 5 }, { arbitrary: mutateBytes(whole), weight: 3 }, { arbitrary: anyDer, weight: 1 }, { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 });
}

/** DER keys made by Node's crypto (and a certificate by openssl, where it is installed) once, so broken copies of real keys reach deep into the readers. */
interface RealDer {
  spki: Uint8Array[];
  pkcs1: Uint8Array[];
  pkcs8: Uint8Array[];
  sec1: Uint8Array[];
  pkcs1Private: Uint8Array[];
  certificate: Uint8Array[];
}

let realDer: RealDer | undefined;

function createRealDer(): RealDer {
  if (realDer) return realDer;
  const der = (value: Buffer | string): Uint8Array => new Uint8Array(typeof value === 'string' ? Buffer.from(value) : value);
  const [rsa, ec, ed] = (['rsa-1024', 'p-256', 'ed25519'] as const).map(getKeyPair) as [KeyPair, KeyPair, KeyPair];
  const certificatePem = createCertificate(ec);
  realDer = {
    spki: [rsa, ec, ed].map((pair) => der(pair.publicKey.export({ type: 'spki', format: 'der' }))),
    pkcs1: [der(rsa.publicKey.export({ type: 'pkcs1', format: 'der' }))],
    pkcs8: [rsa, ec, ed].map((pair) => der(pair.privateKey.export({ type: 'pkcs8', format: 'der' }))),
    sec1: [der(ec.privateKey.export({ type: 'sec1', format: 'der' }))],
    pkcs1Private: [der(rsa.privateKey.export({ type: 'pkcs1', format: 'der' }))],
    certificate: certificatePem === undefined ? [] : [der(new X509Certificate(certificatePem).raw)],
  };
  return realDer;
}

/** DER meant as each key structure (shaped, real or broken); the real keys are made on first use. */
export function keyDer(): { spki: fc.Arbitrary<Uint8Array>; pkcs1: fc.Arbitrary<Uint8Array>; pkcs8: fc.Arbitrary<Uint8Array>; sec1: fc.Arbitrary<Uint8Array>; pkcs1Private: fc.Arbitrary<Uint8Array>; certificate: fc.Arbitrary<Uint8Array>; any: fc.Arbitrary<Uint8Array> } {
  const real = createRealDer();
  return {
    spki: derFor(spki, real.spki),
    pkcs1: derFor(rsaPublicKey, real.pkcs1),
    pkcs8: derFor(pkcs8, real.pkcs8),
    sec1: derFor(sec1, real.sec1),
    pkcs1Private: derFor(rsaPrivateKey, real.pkcs1Private),
    certificate: derFor(certificate, real.certificate),
    any: anyDer,
  };
}

const PEM_LABELS = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'X509 CERTIFICATE', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'];
const OTHER_PEM_LABELS = ['EC PARAMETERS', 'ENCRYPTED PRIVATE KEY', 'CERTIFICATE REQUEST', 'constructor', '__proto__', 'TOSTRING', 'A'];

function base64Lines(der: Uint8Array, lineLength: number, lineBreak: string): string {
  const base64 = Buffer.from(der).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += lineLength) lines.push(base64.slice(i, i + lineLength));
  return lines.join(lineBreak);
}

/** PEM text: blocks of each label around DER meant for it (or for another), optional headers, odd line lengths and breaks, text around them, sometimes broken. */
export function pemText(): fc.Arbitrary<string> {
  const der = keyDer();
  // A Map: the labels include prototype names.
  const derOf = new Map<string, fc.Arbitrary<Uint8Array>>([
    ['PUBLIC KEY', der.spki],
    ['RSA PUBLIC KEY', der.pkcs1],
    ['CERTIFICATE', der.certificate],
    ['X509 CERTIFICATE', der.certificate],
    ['PRIVATE KEY', der.pkcs8],
    ['RSA PRIVATE KEY', der.pkcs1Private],
    ['EC PRIVATE KEY', der.sec1],
  ]);
  const block = fc
    .oneof({ arbitrary: fc.constantFrom(...PEM_LABELS), weight: 6 }, { arbitrary: fc.constantFrom(...OTHER_PEM_LABELS), weight: 1 })
    .chain((label) =>
      fc.tuple(
        fc.constant(label),
        fc.oneof({ arbitrary: derOf.get(label) ?? der.any, weight: 6 }, { arbitrary: der.any, weight: 1 }),
        fc.constantFrom(64, 64, 76, 4, 1_000),
        fc.constantFrom('\n', '\n', '\r\n', '\\n', '\n\n', ' '),
        fc.oneof({ arbitrary: fc.constant(''), weight: 10 }, fc.constant('Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n'), fc.constant('Comment: x\n\n')),
      ),
    )
    .map(([label, bytes, lineLength, lineBreak, headers]) => `-----BEGIN ${label}-----\n${headers}${base64Lines(bytes, lineLength, lineBreak)}\n-----END ${label}-----\n`);
  const blocks = fc.oneof({ arbitrary: block, weight: 4 }, { arbitrary: fc.array(block, { minLength: 2, maxLength: 3 }).map((list) => list.join('')), weight: 1 });
  return fc.oneof(
    { arbitrary: blocks, weight: 8 },
    { arbitrary: fc.tuple(hostileText(20), blocks, hostileText(20)).map((parts) => parts.join('\n')), weight: 1 },
    { arbitrary: mutateText(blocks), weight: 3 },
    { arbitrary: fc.integer({ min: 2, max: 60 }).map((count) => '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'.repeat(count)), weight: 1 },
    { arbitrary: fc.constantFrom('-----BEGIN', '-----BEGIN -----', '-----BEGIN PUBLIC KEY-----', '-----BEGIN A-----\n-----END B-----', '-----END PUBLIC KEY-----'), weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// JWK, JWK Set and secrets

/** A value of a JWK member: base64url (valid or not), another JSON type, or a prototype name. */
const jwkMemberValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.uint8Array({ maxLength: 70 }).map(encodeBase64Url),
  fc.constantFrom(...KNOWN_VALUES),
  prototypeName,
  hostileText(8),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.constantFrom('sign', 'verify', 'encrypt'), prototypeName, fc.integer()), { maxLength: 3 }),
  fc.constant({}),
);

/** A JWK object as JSON text: members named as JWKs name them (or prototype names), valued anyhow; `kty` usually present. */
const jwkTextFromMembers: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.oneof(fc.constantFrom('RSA', 'EC', 'OKP', 'oct', 'AKP'), prototypeName, jwkMemberValue), { freq: 6 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...JWK_MEMBER_NAMES), prototypeName), jwkMemberValue), { maxLength: 8 }),
  )
  .map(([kty, members]) => JSON.stringify(Object.fromEntries([...(kty === null ? [] : [['kty', kty]]), ...members])));

/** A JWK's text: hostile prototype-name JWKs, JWKs of random members, other JSON, broken JSON. */
export const jwkText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileJwk.map((jwk) => JSON.stringify(jwk)), weight: 3 },
  { arbitrary: jwkTextFromMembers, weight: 4 },
  { arbitrary: jsonObjectTree, weight: 1 },
  { arbitrary: mutateText(jwkTextFromMembers), weight: 2 },
);

/** A JWK Set's text: a few members of any kind, a `keys` that is not an array, or thousands of members. */
export const jwksText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(fc.oneof(jwkText, jsonText), { maxLength: 5 }).map((keys) => `{"keys":[${keys.filter(isJsonText).join(',')}]}`), weight: RARE_WEIGHT - 10 },
  { arbitrary: fc.tuple(jsonText, jwkTextFromMembers).map(([keys, extra]) => `{"keys":${isJsonText(keys) ? keys : '0'},${extra.slice(1)}`), weight: 5 },
  { arbitrary: mutateText(fc.constant('{"keys":[{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}]}')), weight: 5 },
  { arbitrary: fc.integer({ min: 100, max: 5_000 }).map((count) => `{"keys":[${'{"kty":"oct","k":"AAAA"},'.repeat(count)}{"kty":"constructor"}]}`), weight: 1 },
);

/** Returns whether JSON.parse reads the text (the oracle the properties compare with). */
export function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A secret's text in any of its encodings, valid or not, with whitespace around it sometimes. */
export const secretText: fc.Arbitrary<string> = fc.oneof(
  hostileText(40),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('hex')),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => `0x${Buffer.from(bytes).toString('hex').toUpperCase()}`),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  fc.uint8Array({ maxLength: 64 }).map(encodeBase64Url),
  fc.tuple(fc.constantFrom(' ', '\n', '\t', '\u00A0'), fc.uint8Array({ maxLength: 32 }).map(encodeBase64Url)).map(([space, text]) => `${space}${text}${space}`),
  fc.constantFrom('secret', 'your-256-bit-secret', 'a', ' ', '0x', '[]', '[', '{'),
);

/** Whitespace a key is pasted with: none, or line breaks and indentation from where it was copied. */
const pastedSpace = fc.constantFrom('', '', ' ', '\n', '\r\n', '\n\t', '\u00A0');

/** Anything the key box can hold: secrets, JWKs, JWK Sets, PEM, other JSON, with whitespace around; rarely a text past the size cap. */
export function keyText(): fc.Arbitrary<string> {
  const pem = pemText();
  return fc.oneof(
    { arbitrary: secretText, weight: 10 },
    { arbitrary: jwkText, weight: 10 },
    { arbitrary: jwksText, weight: 5 },
    { arbitrary: pem, weight: 10 },
    { arbitrary: jsonLikeText, weight: 5 },
    { arbitrary: fc.tuple(pastedSpace, fc.oneof(jwkText, jwksText, pem, jsonLikeText), pastedSpace).map((parts) => parts.join('')), weight: 10 },
    { arbitrary: fc.integer({ min: 1_048_570, max: 1_048_580 }).map((length) => 'k'.repeat(length)), weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// Claims and the clock

/** The moment the time claims and the clock are placed around, so comparisons land on both sides of every edge. */
export const FUZZ_EPOCH_SECONDS = 1_750_000_000;

/** Seconds around FUZZ_EPOCH_SECONDS, at the edges: whole, fractional, a step either side. */
const nearEpoch: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -400, max: 400 }).map((offset) => FUZZ_EPOCH_SECONDS + offset),
  fc.double({ min: -400, max: 400, noNaN: true }).map((offset) => FUZZ_EPOCH_SECONDS + offset),
);

/** How `exp`, `nbf` or `iat` is written: near the clock, far from it, in milliseconds, as a string, as another JSON type. */
const timeClaimLexeme: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nearEpoch.map(String), weight: 6 },
  { arbitrary: nearEpoch.map((seconds) => String(seconds * 1000)), weight: 1 },
  { arbitrary: nearEpoch.map((seconds) => JSON.stringify(String(Math.trunc(seconds)))), weight: 1 },
  { arbitrary: numberLexeme, weight: 3 },
  { arbitrary: fc.constantFrom('null', 'true', '"soon"', '" 1750000000 "', '[1750000000]', '[]', '{}', '{"$date":1}'), weight: 1 },
);

/** A claims set as JSON.parse reads it: members as in the trees above (prototype names included, as own members) and zero or more of `exp`, `nbf` and `iat`, sometimes twice. */
export const claimsObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(jsonObjectTree, fc.array(fc.tuple(fc.constantFrom('exp', 'nbf', 'iat'), timeClaimLexeme), { maxLength: 4 }))
  .map(([tree, times]) => {
    const members = times.map(([name, lexeme]) => `"${name}":${lexeme}`).join(',');
    const text = members === '' ? tree : tree === '{}' ? `{${members}}` : `{${members},${tree.slice(1)}`;
    return JSON.parse(text) as Record<string, unknown>;
  });

/** The moment of judging, as a clock gives it: near the claims, or anywhere a Date can hold. */
export const nowSeconds: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: nearEpoch, weight: 6 },
  { arbitrary: fc.double({ min: -MAX_DATE_SECONDS, max: MAX_DATE_SECONDS, noNaN: true }), weight: 1 },
  { arbitrary: fc.constantFrom(0, -1, MAX_DATE_SECONDS, -MAX_DATE_SECONDS), weight: 1 },
);

/** A leeway as a settings box may hand it over: none, small, large, negative or not a number at all. */
export const leewaySeconds: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 0, 30, 60, 300, -5, 1e12, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.integer({ min: 0, max: 600 }),
  fc.double({ min: 0, max: 600, noNaN: true }),
);

// ---------------------------------------------------------------------------------------------
// Signed tokens with their keys

/** A token and the key text that verifies it, or nearly: a real key in one of its pasteable forms. */
export interface SignedTokenAndKey {
  token: string;
  keyText: string;
}

const SIGNING_KEYS: readonly { alg: string; pair?: KeyPair; secret?: string }[] = [
  { alg: 'HS256', secret: 'secret' },
  { alg: 'HS512', secret: 'a much longer secret of sixty-four characters or so, for HS512!!' },
  { alg: 'RS256' },
  { alg: 'PS256' },
  { alg: 'ES256' },
  { alg: 'EdDSA' },
];

let signingForms: { alg: string; key: KeyPair['privateKey'] | Uint8Array; texts: string[] }[] | undefined;

function createSigningForms(): NonNullable<typeof signingForms> {
  if (signingForms) return signingForms;
  const pairs = new Map<string, KeyPair>([
    ['RS256', getKeyPair('rsa-1024')],
    ['PS256', getKeyPair('rsa-1024')],
    ['ES256', getKeyPair('p-256')],
    ['EdDSA', getKeyPair('ed25519')],
  ]);
  signingForms = SIGNING_KEYS.map(({ alg, secret }) => {
    const pair = pairs.get(alg);
    if (pair === undefined) return { alg, key: utf8(secret ?? ''), texts: [secret ?? '', JSON.stringify({ kty: 'oct', k: encodeBase64Url(utf8(secret ?? '')) })] };
    const forms = Object.values(createAsymmetricKeyForms(pair, alg, false)).map((form) => form.text);
    return { alg, key: pair.privateKey, texts: forms };
  });
  return signingForms;
}

/** A token signed with a real key (its header and claims as generated, prototype names included) and that key, or another, in a pasteable form. */
export function signedTokenAndKey(): fc.Arbitrary<SignedTokenAndKey> {
  const forms = createSigningForms();
  return fc
    .tuple(fc.constantFrom(...forms), fc.constantFrom(...forms), fc.nat(), jsonObjectTree, claimsObject)
    .map(([signer, holder, pick, headerTree, payload]) => {
      const header = { ...(JSON.parse(headerTree) as Record<string, unknown>), alg: signer.alg };
      const token = signToken(signer.alg, signer.key, { header, payload });
      return { token, keyText: holder.texts[pick % holder.texts.length] ?? '' };
    });
}
