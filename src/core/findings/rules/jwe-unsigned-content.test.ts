import { check, meta } from './jwe-unsigned-content';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'nested JWS (cty JWT)', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }) },
      { name: 'cty jwt, any case', token: jwe({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'jwt' }) },
      { name: 'dir (only key holders can encrypt)', token: jwe({ alg: 'dir', enc: 'A256GCM' }) },
      { name: 'A128KW', token: jwe({ alg: 'A128KW', enc: 'A128GCM' }) },
      { name: 'a JWS', token: jws({ alg: 'RS256' }) },
    ],
    invalid: [
      { name: 'RSA-OAEP-256 without cty', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), findings: [{ messageId: 'probablyUnsigned', params: { alg: 'RSA-OAEP-256' } }] },
      { name: 'ECDH-ES+A128KW with cty json', token: jwe({ alg: 'ECDH-ES+A128KW', enc: 'A128GCM', cty: 'json' }), findings: [{ messageId: 'probablyUnsigned' }] },
      { name: 'RSA1_5', token: jwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }), findings: [{ messageId: 'probablyUnsigned' }] },
    ],
  },
);
