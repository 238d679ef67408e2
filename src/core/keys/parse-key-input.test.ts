import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseKeyInput } from './parse-key-input';

const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pemOf = (key: typeof ec.publicKey, type: 'spki' | 'pkcs1' | 'pkcs8' | 'sec1'): string => key.export({ type, format: 'pem' }).toString();

describe('parseKeyInput', () => {
  it.each([
    ['a secret', 'hello', { kind: 'secret', format: 'secret', encoding: 'utf8', notes: [] }],
    ['SPKI', pemOf(ec.publicKey, 'spki'), { kind: 'spki', format: 'pem-spki', keyInfo: { type: 'ec', curve: 'P-256' }, notes: [] }],
    ['PKCS#1', pemOf(rsa.publicKey, 'pkcs1'), { kind: 'spki', format: 'pem-pkcs1', keyInfo: { type: 'rsa', modulusBits: 2048 } }],
    ['PKCS#8', pemOf(ec.privateKey, 'pkcs8'), { kind: 'pkcs8', format: 'private-key', source: 'pkcs8', notes: ['private-key-pasted'] }],
    ['SEC1', pemOf(ec.privateKey, 'sec1'), { kind: 'pkcs8', format: 'private-key', source: 'sec1', keyInfo: { type: 'ec', curve: 'P-256' } }],
    ['PKCS#1 private', pemOf(rsa.privateKey, 'pkcs1'), { kind: 'pkcs8', format: 'private-key', source: 'pkcs1' }],
    ['a public JWK', JSON.stringify(ec.publicKey.export({ format: 'jwk' })), { kind: 'jwk', format: 'jwk', notes: [] }],
    ['a private JWK', JSON.stringify(ec.privateKey.export({ format: 'jwk' })), { kind: 'jwk', format: 'private-key', notes: ['private-key-pasted'] }],
    ['a JWKS', JSON.stringify({ keys: [] }), { kind: 'jwks', format: 'jwks', jwks: { members: [] } }],
    ['two PEM keys', pemOf(ec.publicKey, 'spki') + pemOf(rsa.publicKey, 'spki'), { kind: 'spki', keyInfo: { type: 'ec' }, notes: ['pem-extra-blocks'] }],
  ])('reads %s', (_name, text, key) => {
    expect(parseKeyInput(text)).toMatchObject({ ok: true, key });
  });

  it('decodes a secret with the chosen encoding', () => {
    expect(parseKeyInput('68656c6c6f', { secretEncoding: 'hex' })).toMatchObject({ ok: true, key: { bytes: new TextEncoder().encode('hello'), encoding: 'hex' } });
  });

  it.each([
    ['empty', '  ', 'none', { code: 'key-empty' }],
    ['too large', 'a'.repeat(1_048_577), 'unknown', { code: 'key-too-large', length: 1_048_577, maxLength: 1_048_576 }],
    ['an unknown PEM label', '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----', 'unknown', { code: 'pem-unsupported-label', label: 'OPENSSH PRIVATE KEY' }],
    ['only EC PARAMETERS', '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----', 'unknown', { code: 'pem-unsupported-label', label: 'EC PARAMETERS' }],
    ['a PKCS#1 body labelled PUBLIC KEY', pemOf(rsa.publicKey, 'pkcs1').replace(/RSA PUBLIC KEY/g, 'PUBLIC KEY'), 'pem-spki', { code: 'der-invalid', structure: 'spki', problem: 'der-unexpected-tag', offset: 4 }],
    ['a JSON array', '[1,2]', 'unknown', { code: 'key-not-recognised' }],
    // Positions count in the text as pasted, the whitespace before the JSON included (found by the key fuzz test).
    ['a JWK after a line break with a NUL in it', '\n{"kty":\u0000"EC"}', 'jwk', { code: 'json-syntax', position: 8, found: 'U+0000' }],
    ['a JWK Set after indentation, cut short', '\n\t {"keys":[', 'jwks', { code: 'json-unexpected-end', position: 12 }],
    ['a JWK between spaces, cut inside a string', '  {"kty":"EC  ', 'jwk', { code: 'json-unexpected-end', position: 12 }],
  ])('reports %s', (_name, text, format, error) => {
    expect(parseKeyInput(text)).toEqual({ ok: false, format, error });
  });
});
