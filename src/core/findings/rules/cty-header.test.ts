import { check, meta } from './cty-header';
import { jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [{ name: 'no cty', token: jws({ alg: 'HS256' }) }],
    invalid: [
      { name: 'cty JWT', token: jws({ alg: 'HS256', cty: 'JWT' }), findings: [{ messageId: 'nested', severity: 'info' }] },
      { name: 'cty jwt in lower case', token: jws({ alg: 'HS256', cty: 'jwt' }), findings: [{ messageId: 'nested', severity: 'info' }] },
      { name: 'cty application/json (harmless, non-standard)', token: jws({ alg: 'HS256', cty: 'application/json' }), findings: [{ messageId: 'unusual', severity: 'low' }] },
      { name: 'cty of a Java serialized object', token: jws({ alg: 'HS256', cty: 'application/x-java-serialized-object' }), findings: [{ messageId: 'unusual', params: { cty: 'application/x-java-serialized-object' } }] },
      { name: 'cty text/xml', token: jws({ alg: 'HS256', cty: 'text/xml' }), findings: [{ messageId: 'unusual' }] },
    ],
  },
);
