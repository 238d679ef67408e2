import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileHeader, hostileKeyText, hostilePayload, PROTOTYPE_NAMES } from '../test-support/prototype-names';
import { derivePublicKeyPem, signToken } from './sign-token';

describe('the encoder signing with Object.prototype names as alg, kty, crv and member names', () => {
  it.each(PROTOTYPE_NAMES)('alg, kty and crv "%s" are refused as data', async (name) => {
    const result = await signToken({ headerJson: JSON.stringify({ alg: name, [name]: name }), payloadJson: JSON.stringify({ [name]: name }), alg: name, key: JSON.stringify({ kty: name, d: 'AQAB' }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'alg-unknown' } });
    const keyed = await signToken({ headerJson: '{"alg":"ES256"}', payloadJson: '{}', alg: 'ES256', key: JSON.stringify({ kty: name, crv: name, d: 'AQAB' }) });
    expect(keyed.ok).toBe(false);
    await expect(derivePublicKeyPem(JSON.stringify({ kty: name, d: 'AQAB' }))).resolves.toMatchObject({ ok: false });
  });

  it('answers every hostile header, claims and key with a token or a coded error, never a throw nor an unexpected failure', async () => {
    await fc.assert(
      fc.asyncProperty(hostileHeader, hostilePayload, fc.oneof(fc.constant('secret'), hostileKeyText), async (header, payload, key) => {
        const alg = typeof header.alg === 'string' ? header.alg : 'HS256';
        const result = await signToken({ headerJson: JSON.stringify(header), payloadJson: JSON.stringify(payload), alg, key });
        if (!result.ok) expect(result.error.code).not.toBe('sign-failed');
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
