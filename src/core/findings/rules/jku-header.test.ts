import { check, meta } from './jku-header';
import { jwe, jws, testRule } from '../test-support/rule-tester';

const token = (url: unknown, iss?: string) => jws({ alg: 'RS256', jku: url }, iss === undefined ? { sub: 'x' } : { iss, sub: 'x' });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'no jku', token: jws({ alg: 'RS256', kid: 'k' }) },
      { name: 'a jku in the payload is just a claim', token: jws({ alg: 'RS256' }, { jku: 'https://evil.example/keys' }) },
    ],
    invalid: [
      { name: 'https on the issuer host (still needs an allow-list)', token: token('https://issuer.example/keys.json', 'https://issuer.example'), findings: [{ messageId: 'keyUrl', severity: 'high', notes: [], pointer: '/jku' }] },
      { name: 'another host than iss (Google serves keys elsewhere: still shown, as a note)', token: token('https://www.googleapis.com/oauth2/v3/certs', 'https://accounts.google.com'), findings: [{ messageId: 'keyUrl', notes: ['otherHostThanIss'] }] },
      { name: 'plain http', token: token('http://issuer.example/keys'), findings: [{ messageId: 'keyUrl', notes: ['notHttps'] }] },
      { name: 'cloud metadata address', token: token('http://169.254.169.254/latest/meta-data/'), findings: [{ messageId: 'keyUrl', notes: ['notHttps', 'ipLiteral', 'privateAddress'] }] },
      { name: 'localhost with a port', token: token('https://localhost:8443/keys'), findings: [{ messageId: 'keyUrl', notes: ['nonDefaultPort', 'localHost'] }] },
      { name: 'loopback written in decimal', token: token('https://2130706433/keys'), findings: [{ messageId: 'keyUrl', notes: ['ipLiteral', 'privateAddress'] }] },
      { name: 'IPv6 loopback', token: token('https://[::1]/keys'), findings: [{ messageId: 'keyUrl', notes: ['ipLiteral', 'privateAddress'] }] },
      { name: 'userinfo trick', token: token('https://issuer.example@evil.example/keys'), findings: [{ messageId: 'keyUrl', notes: ['userinfo'] }] },
      { name: 'backslash trick', token: token('https://evil.example\\@issuer.example/keys'), findings: [{ messageId: 'keyUrl', notes: ['backslash', 'userinfo'] }] },
      { name: 'percent-encoded host', token: token('https://%65vil.example/keys'), findings: [{ messageId: 'keyUrl', notes: ['encodedHost'] }] },
      { name: 'a .local host', token: token('https://keys.local/jwks'), findings: [{ messageId: 'keyUrl', notes: ['localHost'] }] },
      { name: 'not a URL', token: token('keys.json'), findings: [{ messageId: 'keyUrl', notes: ['notAUrl'] }] },
      { name: 'not a string', token: token(42), findings: [{ messageId: 'keyUrl', notes: ['notAUrl'] }] },
      { name: 'in a JWE header', token: jwe({ alg: 'RSA-OAEP', enc: 'A128GCM', jku: 'https://a.example/k' }), findings: [{ messageId: 'keyUrl', notes: [] }] },
    ],
  },
);
