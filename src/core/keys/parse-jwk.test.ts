import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseJwk, readJwk, readJwkBytes } from './parse-jwk';
import { parseJwks } from './parse-jwks';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ed = generateKeyPairSync('ed25519');

describe('parseJwk', () => {
  it('reads an RSA key with its size, and strips private members from the public copy', () => {
    const jwk = { ...rsa.privateKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256', key_ops: ['sign'] };
    const parsed = parseJwk(JSON.stringify(jwk));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.jwk).toMatchObject({ kty: 'RSA', isPrivate: true, kid: 'k1', use: 'sig', alg: 'RS256', keyOps: ['sign'] });
    expect(parsed.jwk.keyInfo).toEqual({ type: 'rsa', modulusBits: 2048, publicExponent: 65_537n });
    expect(Object.keys(parsed.jwk.publicJwk).sort()).toEqual(['alg', 'e', 'key_ops', 'kid', 'kty', 'n', 'use']);
  });

  it('reads OKP and oct keys', () => {
    expect(parseJwk(JSON.stringify(ed.publicKey.export({ format: 'jwk' })))).toMatchObject({ ok: true, jwk: { keyInfo: { type: 'okp', curve: 'Ed25519' }, isPrivate: false } });
    expect(parseJwk('{"kty":"oct","k":"AAECAw"}')).toMatchObject({ ok: true, jwk: { keyInfo: { type: 'oct', byteLength: 4 }, isPrivate: false } });
    expect(parseJwk('{"kty":"AKP","alg":"ML-DSA-44","pub":"AAAA"}')).toMatchObject({ ok: true, jwk: { keyInfo: { type: 'other', algorithm: 'ML-DSA-44' } } });
    expect(parseJwk('{"kty":"AKP","alg":"SLH-DSA-SHA2-128s","pub":"AAAA"}')).toMatchObject({ ok: true, jwk: { keyInfo: { type: 'other', algorithm: 'AKP' } } });
    expect(parseJwk('{"kty":"AKP","alg":"ML-DSA-65","pub":"AAAA","priv":"AAAA"}')).toMatchObject({ ok: true, jwk: { isPrivate: true, publicJwk: { kty: 'AKP', alg: 'ML-DSA-65', pub: 'AAAA' } } });
  });

  it.each([
    ['not an object', '"RSA"', { code: 'json-not-object', found: 'string' }],
    ['an array', '[]', { code: 'json-not-object', found: 'array' }],
    ['no kty', '{"n":"AQAB"}', { code: 'jwk-missing-member', member: 'kty' }],
    ['RSA without e', '{"kty":"RSA","n":"AQAB"}', { code: 'jwk-missing-member', member: 'e' }],
    ['EC without y', '{"kty":"EC","crv":"P-256","x":"AA"}', { code: 'jwk-missing-member', member: 'y' }],
    ['OKP without crv', '{"kty":"OKP","x":"AA"}', { code: 'jwk-missing-member', member: 'crv' }],
    ['oct without k', '{"kty":"oct"}', { code: 'jwk-missing-member', member: 'k' }],
    ['a numeric n', '{"kty":"RSA","n":1,"e":"AQAB"}', { code: 'jwk-member-type', member: 'n', expected: 'string' }],
    ['a numeric use', '{"kty":"oct","k":"","use":1}', { code: 'jwk-member-type', member: 'use', expected: 'string' }],
    ['key_ops not an array', '{"kty":"oct","k":"","key_ops":"verify"}', { code: 'jwk-member-type', member: 'key_ops', expected: 'string-array' }],
    ['ext not a boolean', '{"kty":"oct","k":"","ext":"true"}', { code: 'jwk-member-type', member: 'ext', expected: 'boolean' }],
    ['n not base64url', '{"kty":"RSA","n":"AQ.B","e":"AQAB"}', { code: 'jwk-member-not-base64url', member: 'n', position: 2 }],
    ['k of impossible length', '{"kty":"oct","k":"AAAAA"}', { code: 'jwk-member-not-base64url', member: 'k', position: 5 }],
    ['a syntax error', '{"kty":"RSA" "n":"AQAB"}', { code: 'json-syntax', position: 13, found: '"' }],
    ['truncated', '{"kty":"RSA","n":"AQ', { code: 'json-unexpected-end', position: 20 }],
  ])('reports %s', (_name, text, error) => {
    expect(parseJwk(text)).toEqual({ ok: false, error });
  });

  it('names the JWKS member index in errors', () => {
    expect(readJwk({ kty: 'EC' }, 3)).toEqual({ ok: false, error: { code: 'jwk-missing-member', member: 'crv', index: 3 } });
    expect(readJwk('x', 2)).toEqual({ ok: false, error: { code: 'jwk-member-type', member: 'keys/2', expected: 'object' } });
  });
});

describe('parseJwks', () => {
  it('reads each member on its own and notes the unreadable ones', () => {
    const parsed = parseJwks(JSON.stringify({ keys: [ed.publicKey.export({ format: 'jwk' }), { kty: 'RSA', kid: 'bad' }, { ...ed.privateKey.export({ format: 'jwk' }), kid: 'p' }] }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.jwks.members.map((member) => member.ok)).toEqual([true, false, true]);
    expect(parsed.jwks.members[1]).toEqual({ index: 1, ok: false, kid: 'bad', error: { code: 'jwk-missing-member', member: 'n', index: 1 } });
    expect(parsed.jwks.notes).toEqual(['jwks-private-members-ignored', 'jwks-unreadable-members']);
  });

  it.each([
    ['no keys', '{"kty":"RSA"}', { code: 'jwk-missing-member', member: 'keys' }],
    ['keys not an array', '{"keys":"x"}', { code: 'jwks-keys-not-array' }],
    ['not an object', '[1]', { code: 'json-not-object', found: 'array' }],
    ['too deep', `{"keys":[${'['.repeat(20)}${']'.repeat(20)}]}`, { code: 'json-too-deep', position: 23, maxDepth: 16 }],
  ])('reports %s', (_name, text, error) => {
    expect(parseJwks(text)).toEqual({ ok: false, error });
  });
});

describe('readJwkBytes', () => {
  const jwk = { kty: 'oct', k: 'AQID', n: 'not base64url!', e: 5, empty: '' };
  it.each([
    ['k', [1, 2, 3]],
    ['empty', []],
    ['n', null],
    ['e', null],
    ['x', null],
  ] as const)('%s → %j', (member, bytes) => {
    const read = readJwkBytes(jwk, member);
    expect(read === null ? null : [...read]).toEqual(bytes);
  });
});
