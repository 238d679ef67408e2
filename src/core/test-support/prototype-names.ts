// Test-only: tokens and keys that put Object.prototype's member names wherever the app looks a
// value up in a table (kty, crv, alg, enc, typ, claim and header names), for the property tests
// that keep "constructor" or "__proto__" from finding Object.prototype instead of nothing.
import fc from 'fast-check';
import { encodeBase64Url } from '../encoding/base64url';

/** Every member name of Object.prototype (`constructor`, `toString`, `__proto__`, …): what `{}[name]` finds on an object that lacks it. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** A prototype name as written, upper-cased, or as a media type (`typ` compares case-insensitively and may carry `application/`). */
export const prototypeName: fc.Arbitrary<string> = fc
  .constantFrom(...PROTOTYPE_NAMES)
  .chain((name) => fc.constantFrom(name, name.toUpperCase(), `application/${name}`, `${name}+jwt`));

/** A prototype name or one of the registered values the same member usually holds. */
function nameOr(...registered: string[]): fc.Arbitrary<string> {
  return fc.oneof(prototypeName, fc.constantFrom(...registered));
}

/** A JSON object written from entries, so a member named `__proto__` is a member and not a prototype. */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries);
}

/** Members every JWK may hold, each present or not. */
const jwkEntries: fc.Arbitrary<[string, unknown][]> = fc
  .record(
    {
      kty: nameOr('RSA', 'EC', 'OKP', 'oct', 'AKP'),
      crv: nameOr('P-256', 'P-384', 'P-521', 'secp256k1', 'Ed25519', 'Ed448', 'X25519', 'X448'),
      alg: nameOr('HS256', 'RS256', 'ES256', 'EdDSA', 'RSA-OAEP'),
      use: nameOr('sig', 'enc'),
      key_ops: fc.array(nameOr('verify', 'sign'), { maxLength: 2 }),
      kid: prototypeName,
      d: fc.constant('AQAB'),
      k: fc.constant('c2VjcmV0'),
      n: fc.constant('AQAB'),
      e: fc.constant('AQAB'),
      x: fc.constant('AAAA'),
      y: fc.constant('AAAA'),
    },
    { requiredKeys: ['kty'] },
  )
  .chain((members) => fc.tuple(fc.constant(Object.entries(members)), fc.array(fc.tuple(prototypeName, fc.constant('AQAB')), { maxLength: 2 })))
  .map(([members, extra]) => [...members, ...extra]);

/** A JWK object whose `kty`, `crv`, `alg`, `use`, `key_ops` or extra member names may be prototype names. */
export const hostileJwk: fc.Arbitrary<Record<string, unknown>> = jwkEntries.map(objectOf);

/** The text of a hostile JWK, or of a JWK Set holding one to three of them. */
export const hostileKeyText: fc.Arbitrary<string> = fc.oneof(
  hostileJwk.map((jwk) => JSON.stringify(jwk)),
  fc.array(hostileJwk, { minLength: 1, maxLength: 3 }).map((keys) => JSON.stringify({ keys })),
);

/** A protected header whose looked-up members (alg, typ, cty, kid, enc, zip, crit, jwk, epk) and extra member names may be prototype names. */
export const hostileHeader: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      alg: nameOr('HS256', 'RS256', 'PS256', 'ES256', 'ES256K', 'EdDSA', 'Ed25519', 'none', 'RSA-OAEP', 'ECDH-ES', 'dir'),
      typ: nameOr('JWT', 'at+jwt', 'dpop+jwt', 'secevent+jwt'),
      cty: nameOr('JWT'),
      kid: prototypeName,
      enc: nameOr('A128GCM', 'A256CBC-HS512'),
      zip: nameOr('DEF'),
      crit: fc.array(prototypeName, { maxLength: 2 }),
      jwk: hostileJwk,
      epk: hostileJwk,
      b64: fc.boolean(),
    },
    { requiredKeys: ['alg'] },
  )
  .chain((members) => fc.tuple(fc.constant(members), fc.array(fc.tuple(prototypeName, prototypeName), { maxLength: 3 })))
  .map(([members, extra]) => objectOf([...Object.entries(members), ...extra]));

/** A claims set whose kind-telling claims (typ, token_use, token_type, events) and claim names may be prototype names. */
export const hostilePayload: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    typ: nameOr('Bearer', 'ID', 'Refresh'),
    token_use: nameOr('id', 'access'),
    token_type: nameOr('access', 'refresh'),
    iss: nameOr('https://issuer.example'),
    sub: prototypeName,
    aud: prototypeName,
    exp: fc.integer({ min: 0, max: 4_000_000_000 }),
    events: prototypeName.map((name) => objectOf([[name, {}]])),
  })
  .chain((members) =>
    fc.tuple(fc.constant(members), fc.array(fc.tuple(prototypeName, fc.oneof(prototypeName, fc.integer(), hostileJwk)), { maxLength: 4 })),
  )
  .map(([members, extra]) => objectOf([...Object.entries(members), ...extra]));

const encodeJson = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

/** A compact JWS or JWE (five parts) with a hostile header and, for a JWS, a hostile payload and a 64-byte signature. */
export const hostileToken: fc.Arbitrary<string> = fc
  .tuple(hostileHeader, hostilePayload, fc.boolean())
  .map(([header, payload, isJwe]) =>
    isJwe
      ? [encodeJson(header), 'AAAA', 'AAAAAAAAAAAAAAAA', 'Y2lwaGVydGV4dA', 'AAAAAAAAAAAAAAAAAAAAAA'].join('.')
      : `${encodeJson(header)}.${encodeJson(payload)}.${encodeBase64Url(new Uint8Array(64).fill(1))}`,
  );
