import { check, meta } from './mixed-script-identifier';
import { jws, testRule } from '../test-support/rule-tester';

const HS = { alg: 'HS256', typ: 'JWT' };
const claims = (payload: unknown) => jws(HS, payload);
const CYRILLIC_A = '\u0430';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'ASCII identifiers', token: claims({ iss: 'https://issuer.example', sub: 'admin', roles: ['admin', 'user'], scope: 'read write' }) },
      { name: 'a Russian user name', token: claims({ preferred_username: '\u0430\u0434\u043C\u0438\u043D' }) },
      { name: 'a Korean user name', token: claims({ preferred_username: '\uD64D\uAE38\uB3D9' }) },
      { name: 'Latin with accents', token: claims({ preferred_username: 'josé.muñoz' }) },
      { name: 'a mixed value in a claim that is not an identifier', token: claims({ note: `${CYRILLIC_A}dmin` }) },
      { name: 'a mixed value in the header outside kid', token: jws({ ...HS, x: `${CYRILLIC_A}dmin` }) },
    ],
    invalid: [
      {
        name: 'Latin with a Cyrillic а in a role',
        token: claims({ role: `${CYRILLIC_A}dmin` }),
        findings: [
          {
            messageId: 'mixedScripts',
            severity: 'medium',
            params: { part: 'payload', pointer: '/role', word: `${CYRILLIC_A}dmin`, first: 'cyrillic', second: 'latin', lookalike: 'admin' },
            evidence: [{ part: 'payload', pointer: '/role', value: `${CYRILLIC_A}dmin` }],
          },
        ],
      },
      { name: 'one item of a roles array', token: claims({ roles: ['user', `${CYRILLIC_A}dmin`] }), findings: [{ messageId: 'mixedScripts', pointer: '/roles/1' }] },
      { name: 'one word of a scope', token: claims({ scope: `read ${CYRILLIC_A}dmin` }), findings: [{ messageId: 'mixedScripts', pointer: '/scope', params: { word: `${CYRILLIC_A}dmin` } }] },
      { name: 'an issuer host with Cyrillic р and а', token: claims({ iss: 'https://\u0440\u0430ypal.example' }), findings: [{ messageId: 'mixedScripts', pointer: '/iss', params: { lookalike: 'paypal' } }] },
      { name: 'a Greek ο in an e-mail address', token: claims({ email: 'b\u03BFb@example.com' }), findings: [{ messageId: 'mixedScripts', params: { first: 'latin', second: 'greek', lookalike: 'bob' } }] },
      { name: 'the header kid', token: jws({ ...HS, kid: `k${CYRILLIC_A}y` }), findings: [{ messageId: 'mixedScripts', params: { part: 'header', pointer: '/kid' } }] },
      {
        name: 'a subject written only in Cyrillic look-alikes',
        token: claims({ sub: '\u0441\u043E\u0440\u0435' }),
        findings: [{ messageId: 'wholeScript', params: { pointer: '/sub', script: 'cyrillic', lookalike: 'cope' } }],
      },
    ],
  },
);
