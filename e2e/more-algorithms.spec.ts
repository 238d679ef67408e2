import { generateKeyPairSync, sign, verify, createPublicKey, type KeyObject } from 'node:crypto';
import { ML_DSA_DRAFT_EXAMPLES, type MlDsaDraftExample } from '../src/testing/ml-dsa-draft-examples';
import { base64url, expect, test } from './fixtures';

// Issue 15, item 3: the algorithms WebCrypto lacks (ES256K, Ed448, ML-DSA) in the production build.
// Tokens come from implementations other than the app's: Node's crypto for ES256K and Ed448, the
// ML-DSA draft's published examples (data read from the unit tests' vector file) for ML-DSA.

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

const payload = { sub: 'more-algorithms', iat: 1767225600 };

/** RFC 8812, RFC 8037 and FIPS 204 signature sizes. */
const SIGNATURE_BYTES: Readonly<Record<string, number>> = { ES256K: 64, Ed448: 114, 'ML-DSA-44': 2420, 'ML-DSA-65': 3309, 'ML-DSA-87': 4627 };

function signWithNode(alg: 'ES256K' | 'Ed448' | 'EdDSA', key: KeyObject): string {
  const input = `${base64url(JSON.stringify({ alg, typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  const signature = alg === 'ES256K' ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }) : sign(null, Buffer.from(input), key);
  return `${input}.${signature.toString('base64url')}`;
}

const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
const jwk = (key: KeyObject) => JSON.stringify(key.export({ format: 'jwk' }));

/** The public AKP JWK of a draft example with one byte of `pub` changed: a well-formed key that did not sign. */
function otherMlDsaKey(example: MlDsaDraftExample): string {
  const pub = Buffer.from(example.jwk.pub, 'base64url');
  pub[40] = (pub[40] ?? 0) ^ 1;
  return JSON.stringify({ kty: 'AKP', alg: example.alg, pub: pub.toString('base64url') });
}

const secp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
const otherSecp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
const ed448 = generateKeyPairSync('ed448');
const otherEd448 = generateKeyPairSync('ed448');

const cases: { name: string; token: string; rightKey: string; format: string; wrongKey: string }[] = [
  { name: 'ES256K, SPKI PEM', token: signWithNode('ES256K', secp256k1.privateKey), rightKey: spki(secp256k1.publicKey), format: 'pem-spki', wrongKey: spki(otherSecp256k1.publicKey) },
  { name: 'ES256K, JWK', token: signWithNode('ES256K', secp256k1.privateKey), rightKey: jwk(secp256k1.publicKey), format: 'jwk', wrongKey: jwk(otherSecp256k1.publicKey) },
  { name: 'Ed448, SPKI PEM', token: signWithNode('Ed448', ed448.privateKey), rightKey: spki(ed448.publicKey), format: 'pem-spki', wrongKey: spki(otherEd448.publicKey) },
  { name: 'EdDSA with Ed448, JWK Set', token: signWithNode('EdDSA', ed448.privateKey), rightKey: JSON.stringify({ keys: [JSON.parse(jwk(ed448.publicKey))] }), format: 'jwks', wrongKey: jwk(otherEd448.publicKey) },
  ...ML_DSA_DRAFT_EXAMPLES.map((example) => {
    const { priv: _priv, ...publicJwk } = example.jwk;
    return { name: `${example.alg}, AKP JWK (the draft's example)`, token: example.jws, rightKey: JSON.stringify(publicJwk), format: 'jwk', wrongKey: otherMlDsaKey(example) };
  }),
];

test.describe('algorithms WebCrypto lacks, in the decoder', () => {
  for (const c of cases) {
    test(`${c.name}: valid with the right key, invalid with a wrong one`, async ({ decoder, recorder }) => {
      await decoder.goto();
      await decoder.fillToken(c.token);
      await decoder.fillKey(c.rightKey);
      await expect(decoder.keyFormat).toHaveAttribute('data-format', c.format);
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
      await decoder.fillKey(c.wrongKey);
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
      await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'signature-mismatch');
      expect(recorder.offOrigin(ORIGIN)).toEqual([]);
      expect(recorder.cspViolations).toEqual([]);
      expect(recorder.pageErrors).toEqual([]);
    });
  }

  test('an ML-DSA-65 token with the ML-DSA-44 key is refused for the key, not checked', async ({ decoder }) => {
    const [mlDsa44, mlDsa65] = ML_DSA_DRAFT_EXAMPLES;
    const { priv: _priv, kid: _kid, alg: _alg, ...withoutAlg } = mlDsa44?.jwk ?? { kty: '', alg: '', pub: '', kid: '' };
    await decoder.goto();
    await decoder.fillToken(mlDsa65?.jws ?? '');
    await decoder.fillKey(JSON.stringify({ ...withoutAlg, alg: 'ML-DSA-44' }));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'jwk-alg-mismatch');
  });

  test('the libraries are fetched only once such a token is verified', async ({ decoder, page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await decoder.goto();
    await decoder.fillToken(signWithNode('Ed448', ed448.privateKey));
    await decoder.fillKey(spki(ed448.publicKey));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    expect(fetched.filter((url) => /ed448-signer/.test(url))).toHaveLength(1);
    expect(fetched.filter((url) => /(secp256k1|ml-dsa)-signer/.test(url))).toEqual([]);
  });
});

test.describe('algorithms WebCrypto lacks, in the encoder', () => {
  for (const alg of ['ES256K', 'Ed448', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']) {
    test(`${alg}: generate a key, sign, open in the decoder: valid`, async ({ encoder, decoder, recorder, page }) => {
      await encoder.goto();
      await encoder.chooseAlg(alg);
      await expect(encoder.header).toHaveValue(new RegExp(`"alg": "${alg}"`));
      await encoder.generateKey();
      const mlDsa = alg.startsWith('ML-DSA');
      // An ML-DSA signature is longer than the part the encoder draws (it elides the rest); the decoder gets it whole.
      const shown = mlDsa ? '' : await encoder.signedToken();
      await expect(encoder.openInDecoderButton).toBeEnabled();
      await expect(page.locator('.token-output')).toHaveAttribute('aria-busy', 'false');
      await expect(encoder.error).toHaveCount(0);
      const publicPem = (await encoder.publicKey.textContent()) ?? '';
      expect(publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);

      await encoder.openInDecoder();
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
      await expect(decoder.headerJson).toContainText(`"alg": "${alg}"`);
      const token = await decoder.tokenInput.inputValue();
      if (!mlDsa) expect(token).toBe(shown);
      const signatureBytes = Buffer.from(token.split('.')[2] ?? '', 'base64url');
      expect(signatureBytes.length).toBe(SIGNATURE_BYTES[alg]);
      if (alg === 'ES256K' || alg === 'Ed448') {
        // Node's crypto reads the shown key and verifies the token: an implementation other than the app's.
        const input = Buffer.from(token.slice(0, token.lastIndexOf('.')));
        const key = createPublicKey(publicPem);
        expect(alg === 'ES256K' ? verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, signatureBytes) : verify(null, input, key, signatureBytes)).toBe(true);
      }
      expect(recorder.offOrigin(ORIGIN)).toEqual([]);
      expect(recorder.pageErrors).toEqual([]);
    });
  }
});
