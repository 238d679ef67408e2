import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSpki } from './read-spki';

describe('readSpki', () => {
  it.each([
    ['rsa', { modulusLength: 2048 }, { type: 'rsa', modulusBits: 2048, publicExponent: 65_537n }],
    ['rsa', { modulusLength: 1024, publicExponent: 3 }, { type: 'rsa', modulusBits: 1024, publicExponent: 3n }],
    ['rsa-pss', { modulusLength: 2048 }, { type: 'rsa-pss', modulusBits: 2048, publicExponent: 65_537n }],
    ['ec', { namedCurve: 'prime256v1' }, { type: 'ec', curve: 'P-256' }],
    ['ec', { namedCurve: 'secp521r1' }, { type: 'ec', curve: 'P-521' }],
    ['ec', { namedCurve: 'secp256k1' }, { type: 'ec', curve: 'secp256k1' }],
    ['ec', { namedCurve: 'brainpoolP256r1' }, { type: 'ec', curve: 'brainpoolP256r1' }],
    ['ed25519', {}, { type: 'okp', curve: 'Ed25519' }],
    ['ed448', {}, { type: 'okp', curve: 'Ed448' }],
    ['dsa', { modulusLength: 1024, divisorLength: 160 }, { type: 'other', algorithm: '1.2.840.10040.4.1' }],
  ] as const)('describes a %s key %j', (type, options, keyInfo) => {
    const { publicKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
    expect(readSpki(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })))).toEqual({ ok: true, keyInfo });
  });

  it('reports where the structure breaks', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const der = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
    expect(readSpki(der.subarray(0, 40))).toEqual({ ok: false, error: { code: 'der-truncated', offset: 40, structure: 'spki' } });
    expect(readSpki(Uint8Array.of(0x30, 0x00))).toEqual({ ok: false, error: { code: 'der-truncated', offset: 2, structure: 'spki' } });
  });
});
