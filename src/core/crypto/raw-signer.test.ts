import { describe, expect, it } from 'vitest';
import type { RawPrivateKey } from '../keys/read-raw-key';
import { deriveRawKeyPair, loadRawSigner, rawKeySchemeOfAlg, type RawKeyPair, type RawSigner } from './raw-signer';

/** A signer whose derive counts its calls and refuses an empty key. */
function countingSigner(): { signer: RawSigner; derived: string[] } {
  const derived: string[] = [];
  const signer: RawSigner = {
    isValidPublicKey: () => true,
    verify: () => true,
    derive: (privateKey): RawKeyPair => {
      if (privateKey.bytes.length === 0) throw new RangeError('empty key');
      derived.push(`${privateKey.form}:${privateKey.bytes.join(',')}`);
      return { publicKey: privateKey.bytes.map((byte) => byte ^ 0xff), sign: () => new Uint8Array(0) };
    },
    generateSeed: () => new Uint8Array(1),
  };
  return { signer, derived };
}

const seed = (...bytes: number[]): RawPrivateKey => ({ bytes: Uint8Array.from(bytes), form: 'seed' });

describe('deriveRawKeyPair', () => {
  it('derives a key once, found again by its bytes (a fresh object each time, as the encoder reads it)', () => {
    const { signer, derived } = countingSigner();
    const first = deriveRawKeyPair(signer, seed(1, 2));
    expect(deriveRawKeyPair(signer, seed(1, 2))).toBe(first);
    expect(derived).toEqual(['seed:1,2']);
  });

  it.each<[string, RawPrivateKey[], string[]]>([
    ['a seed and an expanded key of the same bytes are different keys', [seed(1), { bytes: Uint8Array.of(1), form: 'expanded' }, seed(1)], ['seed:1', 'expanded:1']],
    ['four keys are kept', [seed(1), seed(2), seed(3), seed(4), seed(1)], ['seed:1', 'seed:2', 'seed:3', 'seed:4']],
    ['a fifth drops the least recently used', [seed(1), seed(2), seed(3), seed(4), seed(1), seed(5), seed(1), seed(2)], ['seed:1', 'seed:2', 'seed:3', 'seed:4', 'seed:5', 'seed:2']],
  ])('%s', (_name, keys, expected) => {
    const { signer, derived } = countingSigner();
    for (const key of keys) deriveRawKeyPair(signer, key);
    expect(derived).toEqual(expected);
  });

  it('keeps each signer’s pairs apart', () => {
    const one = countingSigner();
    const other = countingSigner();
    deriveRawKeyPair(one.signer, seed(7));
    deriveRawKeyPair(other.signer, seed(7));
    expect([one.derived, other.derived]).toEqual([['seed:7'], ['seed:7']]);
  });

  it('throws what the library throws for a refused key, and keeps nothing', () => {
    const { signer } = countingSigner();
    expect(() => deriveRawKeyPair(signer, seed())).toThrow(RangeError);
    expect(() => deriveRawKeyPair(signer, seed())).toThrow(RangeError);
  });

  it.each(['ES256K', 'Ed448', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'])('%s: the pair signs what the signer verifies', async (alg) => {
    const scheme = rawKeySchemeOfAlg(alg);
    if (scheme === null) throw new Error(`no scheme for ${alg}`);
    const signer = await loadRawSigner(scheme);
    const pair = deriveRawKeyPair(signer, { bytes: signer.generateSeed(), form: 'seed' });
    const message = new TextEncoder().encode('e30.e30');
    expect(signer.verify(pair.sign(message), message, pair.publicKey)).toBe(true);
  });
});
