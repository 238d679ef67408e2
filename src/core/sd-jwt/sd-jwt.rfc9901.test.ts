import { describe, expect, it } from 'vitest';
import { verifyKeyBinding } from '../crypto/verify-key-binding';
import { verifySignature } from '../crypto/verify-signature';
import { decodeToken } from '../token/decode-token';
import { readVerifiableToken } from '../token/read-verifiable-token';
import { analyseSdJwt } from './analyse-sd-jwt';
import { judgeKeyBinding } from './judge-key-binding';
import { RFC9901 } from './test-support/rfc9901-examples';

// Every SD-JWT example of RFC 9901 (§5, Appendix A), read as the decoder reads a paste.
describe.each(RFC9901.examples)('RFC 9901 $section $id', (example) => {
  const decoded = decodeToken(example.token);
  const analysis = analyseSdJwt(decoded);

  it('decodes its issuer-signed JWT as a JWS', () => {
    expect(decoded.kind).toBe('jws');
    expect(analysis?.issuerJwt).toBe(example.token.split('~')[0]);
  });

  it('matches every disclosure once, with the claim names the RFC lists', () => {
    expect(analysis?.hashAlg).toEqual({ name: 'sha-256', stated: true });
    expect(analysis?.disclosures.map((report) => report.status)).toEqual(example.claims.map(() => 'matched'));
    expect(analysis?.disclosures.map((report) => (report.decoding.ok && report.decoding.kind === 'member' ? report.decoding.name : '[]'))).toEqual(example.claims);
    expect(analysis?.disclosures.every((report) => report.problem === null && report.pointer !== null)).toBe(true);
    expect(analysis?.repeatedDigests).toEqual([]);
  });

  // The RFC gives the processed payload for its presentations only: the others have no such test.
  if (example.processedPayload !== undefined) {
    it('ends with the RFC’s processed payload', () => {
      expect(analysis?.payload).toEqual(example.processedPayload);
    });
  }

  it('verifies the issuer signature with the key of Appendix A.5', async () => {
    const target = readVerifiableToken(decoded, false);
    expect(target?.ok).toBe(true);
    if (!target?.ok) return;
    const result = await verifySignature({ token: target.token, key: JSON.stringify(RFC9901.issuerKey.jwk) });
    expect(result.status).toBe('valid');
  });

  it(example.keyBinding ? 'verifies the key-binding JWT against cnf.jwk with a matching sd_hash' : 'has no key-binding JWT', async () => {
    const binding = analysis?.keyBinding ?? null;
    expect(binding !== null).toBe(example.keyBinding);
    if (binding === null || binding.holderKey === null) {
      expect(judgeKeyBinding(binding, 'no-key')).toEqual({ status: 'no-key', reasons: ['no-kb-jwt'] });
      return;
    }
    expect(binding.typ).toBe('kb+jwt');
    expect(binding.sdHash).toBe(binding.expectedSdHash);
    expect(binding.nonce).toBe('1234567890');
    expect(binding.aud).toBe('https://verifier.example.org');
    expect(typeof binding.iat).toBe('number');
    const signature = await verifyKeyBinding(binding.text, binding.holderKey);
    expect(signature.status).toBe('valid');
    expect(judgeKeyBinding(binding, signature.status)).toEqual({ status: 'valid', reasons: [] });
  });
});
