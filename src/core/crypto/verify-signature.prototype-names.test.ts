import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { hostileKeyText, hostileToken, PROTOTYPE_NAMES } from '../test-support/prototype-names';
import { verifySignature } from './verify-signature';

const b64 = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
const STATUSES = ['no-key', 'valid', 'invalid', 'error', 'unsupported'];

describe('verifySignature with Object.prototype names as alg, kty, crv and kid', () => {
  it.each(PROTOTYPE_NAMES)('a JWK and a JWK Set of kty "%s" give a verdict, not a crash', async (name) => {
    const token = `${b64({ alg: 'ES256', kid: name })}.${b64({ sub: 'x' })}.${encodeBase64Url(new Uint8Array(64))}`;
    for (const key of [JSON.stringify({ kty: name }), JSON.stringify({ keys: [{ kty: name, kid: name }] }), JSON.stringify({ kty: 'EC', crv: name, x: 'AAAA', y: 'AAAA' })]) {
      const result = await verifySignature({ token, key });
      expect(STATUSES).toContain(result.status);
      expect(result.reason).not.toBe('verification-failed');
    }
  });

  it('settles every hostile token and key to a status, never to the unexpected-failure reason', async () => {
    await fc.assert(
      fc.asyncProperty(hostileToken, fc.oneof(fc.constant('secret'), hostileKeyText), async (token, key) => {
        const result = await verifySignature({ token, key });
        expect(STATUSES).toContain(result.status);
        expect(result.reason).not.toBe('verification-failed');
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
