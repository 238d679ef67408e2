import { check, meta } from './missing-iss';
import { jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a URL issuer', token: jws({ alg: 'RS256' }, { iss: 'https://issuer.example' }) },
      { name: 'a plain-name issuer', token: jws({ alg: 'RS256' }, { iss: 'supabase-demo' }) },
      { name: 'a text payload', token: jws({ alg: 'RS256' }, 'text') },
    ],
    invalid: [
      { name: 'no iss', token: jws({ alg: 'RS256' }, { sub: 'x' }), findings: [{ messageId: 'missing', severity: 'low' }] },
      { name: 'empty iss', token: jws({ alg: 'RS256' }, { iss: '' }), findings: [{ messageId: 'invalid' }] },
      { name: 'iss a number', token: jws({ alg: 'RS256' }, { iss: 1 }), findings: [{ messageId: 'invalid', params: { value: '1' } }] },
    ],
  },
);
