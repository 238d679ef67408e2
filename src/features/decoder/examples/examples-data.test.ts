import { describe, expect, it } from 'vitest';
import { detectKeyFormat } from '../../../core/keys/detect-key-format';
import { verifyKeyBinding } from '../../../core/crypto/verify-key-binding';
import { verifySignature } from '../../../core/crypto/verify-signature';
import { analyseSdJwt } from '../../../core/sd-jwt/analyse-sd-jwt';
import { judgeKeyBinding } from '../../../core/sd-jwt/judge-key-binding';
import { decodeToken, readIssuerJwt } from '../../../core/token/decode-token';
import { EXAMPLE_IDS } from './decoder-example';
import { EXAMPLES } from './examples-data';

/** What each example is there to show. */
const EXPECTED_STATUS: Record<(typeof EXAMPLE_IDS)[number], string | null> = {
  'hs256-utf8': 'valid',
  'hs512-base64url': 'valid',
  'rs256-spki': 'valid',
  'rs384-pkcs1': 'valid',
  'ps256-x509': 'valid',
  'es256-jwk': 'valid',
  'es384-jwks': 'valid',
  'eddsa-spki': 'valid',
  'es512-private-pasted': 'valid',
  'es256k-jwk': 'valid',
  'ed448-spki': 'valid',
  'ml-dsa-44-jwk': 'valid',
  'ml-dsa-65-jwk': 'valid',
  'ml-dsa-87-jwk': 'valid',
  'sd-jwt-kb': 'valid',
  'rs256-wrong-key': 'invalid',
  'alg-confusion': 'invalid',
  'alg-none': 'invalid',
  'jwe-a128kw': null,
};

/** The SD-JWT examples: the disclosures each presents, in order, all of which must match a digest. */
const SD_JWT_DISCLOSURES: Partial<Record<(typeof EXAMPLE_IDS)[number], (string | null)[]>> = {
  'sd-jwt-kb': ['given_name', 'family_name', 'email', null],
};

describe('examples menu data', () => {
  it('has exactly the entries the menu lists, in order', () => {
    expect(EXAMPLES.map((example) => example.id)).toEqual([...EXAMPLE_IDS]);
  });

  it.each(EXAMPLES.filter((example) => EXPECTED_STATUS[example.id] !== null))('$id verifies as it should', async (example) => {
    expect(detectKeyFormat(example.key)).toBe(example.keyFormat);
    // As the decoder does, an SD-JWT's key verifies its issuer-signed JWT.
    const result = await verifySignature({ token: readIssuerJwt(example.token), key: example.key }, { secretEncoding: example.secretEncoding });
    expect(result.status).toBe(EXPECTED_STATUS[example.id]);
  });

  it.each(Object.entries(SD_JWT_DISCLOSURES))('%s: every disclosure matched, the key binding valid', async (id, names) => {
    const example = EXAMPLES.find((candidate) => candidate.id === id);
    const analysis = example ? analyseSdJwt(decodeToken(example.token)) : null;
    expect(analysis?.disclosures.map((report) => report.status)).toEqual(names.map(() => 'matched'));
    expect(analysis?.disclosures.map((report) => (report.decoding.ok && report.decoding.kind === 'member' ? report.decoding.name : null))).toEqual(names);
    const keyBinding = analysis?.keyBinding ?? null;
    const signature = keyBinding?.holderKey ? (await verifyKeyBinding(keyBinding.text, keyBinding.holderKey)).status : 'no-key';
    expect(judgeKeyBinding(keyBinding, signature)).toEqual({ status: 'valid', reasons: [] });
  });
});
