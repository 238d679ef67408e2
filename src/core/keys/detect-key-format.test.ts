import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectKeyFormat, type KeyFormat } from './detect-key-format';

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pem = (label: string): string => `-----BEGIN ${label}-----\nAAAA\n-----END ${label}-----\n`;

describe('detectKeyFormat', () => {
  it.each<[string, string, KeyFormat]>([
    ['empty', '', 'none'],
    ['whitespace', ' \n\t ', 'none'],
    ['a password', 'your-256-bit-secret', 'secret'],
    ['a base64 secret', 'c2VjcmV0', 'secret'],
    ['a secret with braces', '{secret}', 'secret'],
    ['a bare SPKI body without armour', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'secret'],
    ['an OpenSSH public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB user@host', 'secret'],
    ['SPKI PEM', rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'pem-spki'],
    ['PKCS#1 public PEM', rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(), 'pem-pkcs1'],
    ['a certificate', pem('CERTIFICATE'), 'pem-x509'],
    ['an old-style certificate label', pem('X509 CERTIFICATE'), 'pem-x509'],
    ['PKCS#8', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'private-key'],
    ['PKCS#1 private', rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), 'private-key'],
    ['SEC1', ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(), 'private-key'],
    ['SEC1 after EC PARAMETERS', pem('EC PARAMETERS') + pem('EC PRIVATE KEY'), 'private-key'],
    ['only EC PARAMETERS', pem('EC PARAMETERS'), 'unknown'],
    ['an encrypted private key', pem('ENCRYPTED PRIVATE KEY'), 'unknown'],
    ['an OpenSSH private key', pem('OPENSSH PRIVATE KEY'), 'unknown'],
    ['broken armour', '-----BEGIN PUBLIC KEY\nAAAA', 'unknown'],
    ['a truncated PEM', '-----BEGIN PUBLIC KEY-----\nMIIB', 'pem-spki'],
    ['a public JWK', JSON.stringify(ec.publicKey.export({ format: 'jwk' })), 'jwk'],
    ['an oct JWK', '{"kty":"oct","k":"c2VjcmV0"}', 'jwk'],
    ['a private JWK', JSON.stringify(ec.privateKey.export({ format: 'jwk' })), 'private-key'],
    ['a private RSA JWK', JSON.stringify(rsa.privateKey.export({ format: 'jwk' })), 'private-key'],
    ['a JWKS', JSON.stringify({ keys: [ec.publicKey.export({ format: 'jwk' })] }), 'jwks'],
    ['an empty JWKS', '{"keys":[]}', 'jwks'],
    ['a JWK with a syntax error', '{"kty":"EC",,}', 'jwk'],
    ['a truncated private JWK', '{"kty":"EC","d":"AAAA', 'private-key'],
    ['a truncated JWKS', ' {"keys":[{"kty":"EC"', 'jwks'],
    ['a JSON object that is no key', '{"a":1}', 'unknown'],
    ['a JSON array', '[{"kty":"EC"}]', 'unknown'],
    ['JSON nested too deep', `{"a":${'['.repeat(100)}${']'.repeat(100)}}`, 'unknown'],
    ['too long', 'x'.repeat(1_048_577), 'unknown'],
  ])('%s → %s', (_name, text, format) => {
    expect(detectKeyFormat(text)).toBe(format);
  });
});
