import { describe, expect, it } from 'vitest';
import { RFC9901, rfc9901Example } from '../sd-jwt/test-support/rfc9901-examples';
import { verifyKeyBinding } from './verify-key-binding';

const presentation = rfc9901Example('simple-presentation').token;
const keyBindingJwt = presentation.slice(presentation.lastIndexOf('~') + 1);
// RFC 9901 §5.1: the holder's key, the issuer payload's cnf.jwk.
const HOLDER_KEY = { kty: 'EC', crv: 'P-256', x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc', y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ' };

describe('verifyKeyBinding', () => {
  it.each([
    { name: 'the RFC 9901 §5.2 key-binding JWT under its cnf.jwk', token: keyBindingJwt, key: HOLDER_KEY, status: 'valid' },
    { name: 'the same JWT under the issuer’s key', token: keyBindingJwt, key: RFC9901.issuerKey.jwk, status: 'invalid' },
    { name: 'a changed payload', token: keyBindingJwt.replace(/\.[^.]+\./, '.eyJub25jZSI6ICIxIn0.'), key: HOLDER_KEY, status: 'invalid' },
    { name: 'an unsigned JWT', token: 'eyJhbGciOiJub25lIiwidHlwIjoia2Irand0In0.eyJub25jZSI6IjEifQ.', key: HOLDER_KEY, status: 'invalid' },
  ])('$name: $status', async ({ token, key, status }) => {
    expect((await verifyKeyBinding(token, key)).status).toBe(status);
  });

  it('reports a holder key it cannot read as data, never throwing', async () => {
    const result = await verifyKeyBinding(keyBindingJwt, { kty: 'EC', crv: 'P-256' });
    expect(['error', 'invalid', 'unsupported']).toContain(result.status);
  });
});
