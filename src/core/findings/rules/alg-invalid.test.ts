import { check, meta } from './alg-invalid';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      ...['HS256', 'RS512', 'PS384', 'ES256K', 'EdDSA', 'Ed25519', 'Ed448', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'].map((alg) => ({ name: alg, token: jws({ alg }) })),
      { name: 'none is left to alg-none', token: jws({ alg: 'none' }, {}, '') },
      { name: 'NONE is left to alg-none', token: jws({ alg: 'NONE' }, {}, '') },
      { name: 'a JWE with RSA-OAEP-256 and A256GCM', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }) },
      { name: 'a JWE with dir', token: jwe({ alg: 'dir', enc: 'A128CBC-HS256' }) },
    ],
    invalid: [
      { name: 'missing alg', token: jws({ typ: 'JWT' }), findings: [{ messageId: 'missing', severity: 'high' }] },
      { name: 'alg is a number', token: jws({ alg: 256 }), findings: [{ messageId: 'notString', severity: 'high' }] },
      { name: 'alg is an empty string', token: jws({ alg: '' }), findings: [{ messageId: 'empty', severity: 'high' }] },
      { name: 'hs256 (case variant)', token: jws({ alg: 'hs256' }), findings: [{ messageId: 'caseVariant', severity: 'high', params: { alg: 'hs256', known: 'HS256' } }] },
      { name: 'Rs256 (case variant)', token: jws({ alg: 'Rs256' }), findings: [{ messageId: 'caseVariant', severity: 'high' }] },
      { name: 'unknown alg (may be a new registration)', token: jws({ alg: 'SLH-DSA-SHA2-128s' }), findings: [{ messageId: 'unknown', severity: 'medium' }] },
      { name: 'a JWE alg in a JWS', token: jws({ alg: 'RSA-OAEP' }), findings: [{ messageId: 'jweAlgInJws', severity: 'high' }] },
      { name: 'a JWS alg in a JWE', token: jwe({ alg: 'HS256', enc: 'A128GCM' }), findings: [{ messageId: 'jwsAlgInJwe', severity: 'high' }] },
      { name: 'a JWE without enc', token: jwe({ alg: 'RSA-OAEP' }), findings: [{ messageId: 'encMissing', severity: 'high' }] },
      { name: 'a JWE with an unknown enc', token: jwe({ alg: 'RSA-OAEP', enc: 'A256CTR' }), findings: [{ messageId: 'encInvalid', severity: 'high' }] },
    ],
  },
);
