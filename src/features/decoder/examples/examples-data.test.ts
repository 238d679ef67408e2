import { describe, expect, it } from 'vitest';
import { detectKeyFormat } from '../../../core/keys/detect-key-format';
import { verifySignature } from '../../../core/crypto/verify-signature';
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
  'rs256-wrong-key': 'invalid',
  'alg-confusion': 'invalid',
  'alg-none': 'invalid',
  'jwe-a128kw': null,
};

describe('examples menu data', () => {
  it('has exactly the entries the menu lists, in order', () => {
    expect(EXAMPLES.map((example) => example.id)).toEqual([...EXAMPLE_IDS]);
  });

  it.each(EXAMPLES.filter((example) => EXPECTED_STATUS[example.id] !== null))('$id verifies as it should', async (example) => {
    expect(detectKeyFormat(example.key)).toBe(example.keyFormat);
    const result = await verifySignature({ token: example.token, key: example.key }, { secretEncoding: example.secretEncoding });
    expect(result.status).toBe(EXPECTED_STATUS[example.id]);
  });
});
