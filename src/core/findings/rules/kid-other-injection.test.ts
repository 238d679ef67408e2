import { check, meta } from './kid-other-injection';
import { jws, testRule } from '../test-support/rule-tester';

const kid = (value: unknown) => jws({ alg: 'HS256', kid: value });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a plain kid', token: kid('key-1') },
      { name: 'a URN', token: kid('urn:example:key:1') },
      { name: 'a long thumbprint within 256 characters', token: kid('a'.repeat(256)) },
      { name: 'a GCP resource name', token: kid('projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1') },
      { name: 'no kid', token: jws({ alg: 'HS256' }) },
    ],
    invalid: [
      { name: 'NoSQL operator object', token: kid({ $ne: null }), findings: [{ messageId: 'notString', params: { type: 'object' }, pointer: '/kid' }] },
      { name: 'an array', token: kid(['a']), findings: [{ messageId: 'notString', params: { type: 'array' } }] },
      { name: 'a number', token: kid(7), findings: [{ messageId: 'notString', params: { type: 'number' } }] },
      { name: 'jwt_tool |sleep 10', token: kid('|sleep 10'), findings: [{ messageId: 'suspicious', notes: ['shell'] }] },
      { name: 'command substitution', token: kid('$(id)'), findings: [{ messageId: 'suspicious', notes: ['shell'] }] },
      { name: 'LDAP filter', token: kid('*)(uid=*'), findings: [{ messageId: 'suspicious', notes: ['ldap'] }] },
      { name: 'CRLF', token: kid('k\r\nX-Injected: 1'), findings: [{ messageId: 'suspicious', notes: ['lineBreak'] }] },
      { name: 'a URL (some IdPs do this: medium, with the match shown)', token: kid('https://issuer.example/keys/1'), findings: [{ messageId: 'suspicious', notes: ['url'] }] },
      { name: 'longer than 256 characters', token: kid('a'.repeat(257)), findings: [{ messageId: 'suspicious', notes: ['tooLong'] }] },
    ],
  },
);
