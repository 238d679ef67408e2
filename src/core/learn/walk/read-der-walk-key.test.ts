import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DER_TAG, encodeDer, encodeOid, encodeSmallInteger } from '../../keys/der';
import { readPkcs8WalkKey, readSpkiWalkKey } from './read-der-walk-key';

const P256_OID = '1.2.840.10045.3.1.7';

describe('readPkcs8WalkKey and readSpkiWalkKey', () => {
  it('an EC private key without its public point gets d·G, equal to Node’s public key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const jwk = privateKey.export({ format: 'jwk' });
    const d = Buffer.from(jwk.d ?? '', 'base64url');
    // SEC1 ECPrivateKey with the curve but no [1] publicKey, wrapped in PKCS#8 as the key reader does.
    const sec1 = encodeDer(DER_TAG.sequence, encodeSmallInteger(1), encodeDer(DER_TAG.octetString, d));
    const algorithm = encodeDer(DER_TAG.sequence, encodeOid('1.2.840.10045.2.1'), encodeOid(P256_OID));
    const pkcs8 = encodeDer(DER_TAG.sequence, encodeSmallInteger(0), algorithm, encodeDer(DER_TAG.octetString, sec1));
    const expected = readSpkiWalkKey(publicKey.export({ type: 'spki', format: 'der' }));
    expect(readPkcs8WalkKey(pkcs8)).toEqual(expected);
    expect(expected).toEqual({ kind: 'ec', curve: 'P-256', x: new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url')), y: new Uint8Array(Buffer.from(jwk.y ?? '', 'base64url')) });
  });

  it('an Ed25519 private key gives the public key of its seed', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const x = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    expect(readPkcs8WalkKey(privateKey.export({ type: 'pkcs8', format: 'der' }))).toEqual({ kind: 'okp', curve: 'Ed25519', x: new Uint8Array(x) });
  });

  it('an RSA private key gives n and e only', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const jwk = publicKey.export({ format: 'jwk' });
    expect(readPkcs8WalkKey(privateKey.export({ type: 'pkcs8', format: 'der' }))).toEqual({
      kind: 'rsa',
      n: BigInt(`0x${Buffer.from(jwk.n ?? '', 'base64url').toString('hex')}`),
      e: BigInt(`0x${Buffer.from(jwk.e ?? '', 'base64url').toString('hex')}`),
    });
  });

  it('a key of another algorithm (X25519) keeps its curve, so the walk can name it', () => {
    const { publicKey } = generateKeyPairSync('x25519');
    expect(readSpkiWalkKey(publicKey.export({ type: 'spki', format: 'der' }))).toMatchObject({ kind: 'okp', curve: 'X25519' });
  });
});
