import { check, checkAsync, meta } from './embedded-jwk-header';
import { getKeyPair, publicJwk, signToken } from '../../crypto/test-support/create-key-fixtures';
import { jws, testRule } from '../test-support/rule-tester';

const ec = getKeyPair('p-256');
const other = getKeyPair('p-384');
const selfSigned = signToken('ES256', ec.privateKey, { header: { jwk: publicJwk(ec) } });
const rsaSelfSigned = signToken('RS256', getKeyPair('rsa-2048').privateKey, { header: { jwk: publicJwk(getKeyPair('rsa-2048')) } });
const notItsKey = signToken('ES256', ec.privateKey, { header: { jwk: publicJwk(other) } });
const dpop = signToken('ES256', ec.privateKey, { header: { typ: 'dpop+jwt', jwk: publicJwk(ec) }, payload: { jti: '1', htm: 'GET', htu: 'https://a', iat: 1 } });

const valid = [
  { name: 'no jwk', token: jws({ alg: 'ES256', kid: 'k' }) },
  { name: 'cnf.jwk in the payload is a normal public key (RFC 7800)', token: jws({ alg: 'ES256' }, { cnf: { jwk: publicJwk(ec) } }) },
];

testRule(
  { meta, check },
  {
    valid,
    invalid: [
      { name: 'an embedded key', token: notItsKey, findings: [{ messageId: 'embeddedKey', severity: 'high', params: { kty: 'EC' }, pointer: '/jwk' }] },
      { name: 'a self-signed token before the check has run', token: selfSigned, findings: [{ messageId: 'embeddedKey', severity: 'high' }] },
      { name: 'a DPoP proof (by design)', token: dpop, findings: [{ messageId: 'dpopProof', severity: 'info' }] },
      { name: 'a jwk that is not an object', token: jws({ alg: 'HS256', jwk: 'x' }), findings: [{ messageId: 'embeddedKey', params: { kty: '?' } }] },
    ],
  },
);

testRule(
  { meta, check, checkAsync },
  {
    valid,
    invalid: [
      { name: 'signed by the embedded EC key (jwt_tool -X i)', token: selfSigned, findings: [{ messageId: 'selfSigned', severity: 'critical' }] },
      { name: 'signed by the embedded RSA key', token: rsaSelfSigned, findings: [{ messageId: 'selfSigned', severity: 'critical' }] },
      // An SD-JWT's signature covers its issuer JWT only, before the first `~` (RFC 9901 §4).
      { name: 'an SD-JWT whose issuer JWT is signed by the embedded key', token: `${selfSigned}~WyJzYWx0IiwibmFtZSIsIkFkYSJd~`, findings: [{ messageId: 'selfSigned', severity: 'critical' }] },
      { name: 'an embedded key that did not sign it', token: notItsKey, findings: [{ messageId: 'embeddedKey', severity: 'high' }] },
      { name: 'a DPoP proof stays info even though self-signed', token: dpop, findings: [{ messageId: 'dpopProof', severity: 'info' }] },
    ],
  },
  { mode: 'async' },
);
