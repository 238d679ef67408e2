import { check, meta } from './private-key-exposed';
import { getKeyPair, publicJwk } from '../../crypto/test-support/create-key-fixtures';
import { jwe, jws, testRule } from '../test-support/rule-tester';

const ec = getKeyPair('p-256');
const rsa = getKeyPair('rsa-2048');
const privateJwk = ec.privateKey.export({ format: 'jwk' });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a public jwk header', token: jws({ alg: 'ES256', jwk: publicJwk(ec) }) },
      { name: 'cnf.jwk public key (RFC 7800)', token: jws({ alg: 'ES256' }, { cnf: { jwk: publicJwk(ec) } }) },
      { name: 'a claim named d that is not in a JWK', token: jws({ alg: 'HS256' }, { d: 'x', k: 'y' }) },
      { name: 'a public PEM pasted', token: jws({ alg: 'RS256' }), keyText: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      { name: 'an HMAC secret pasted', token: jws({ alg: 'HS256' }), keyText: 'secret' },
      { name: 'an oct JWK pasted to verify an HS token', token: jws({ alg: 'HS256' }), keyText: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }) },
    ],
    invalid: [
      { name: 'a private EC jwk in the header', token: jws({ alg: 'ES256', jwk: privateJwk }), findings: [{ messageId: 'inToken', severity: 'critical', params: { part: 'header', members: 'd' }, pointer: '/jwk' }] },
      { name: 'a private RSA jwk in cnf', token: jws({ alg: 'RS256' }, { cnf: { jwk: rsa.privateKey.export({ format: 'jwk' }) } }), findings: [{ messageId: 'inToken', pointer: '/cnf/jwk', params: { members: 'd, p, q, dp, dq, qi' } }] },
      { name: 'an oct key with k in the payload', token: jws({ alg: 'HS256' }, { key: { kty: 'oct', k: 'c2VjcmV0' } }), findings: [{ messageId: 'inToken', params: { members: 'k' } }] },
      { name: 'an ECDH-ES epk with its private part', token: jwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: privateJwk }), findings: [{ messageId: 'inToken', pointer: '/epk' }] },
      { name: 'a PKCS#8 PEM pasted', token: jws({ alg: 'ES256' }), keyText: ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), findings: [{ messageId: 'pastedPrivateKey', severity: 'medium', params: { format: 'pem' } }] },
      { name: 'an OpenSSH private key pasted', token: jws({ alg: 'ES256' }), keyText: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n', findings: [{ messageId: 'pastedPrivateKey', params: { format: 'pem' } }] },
      { name: 'an encrypted PKCS#8 PEM pasted', token: jws({ alg: 'ES256' }), keyText: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n', findings: [{ messageId: 'pastedPrivateKey', params: { format: 'pem' } }] },
      { name: 'a private JWK pasted', token: jws({ alg: 'ES256' }), keyText: JSON.stringify(privateJwk), findings: [{ messageId: 'pastedPrivateKey', params: { format: 'jwk' } }] },
      {
        name: 'a JWKS with a private member pasted',
        token: jws({ alg: 'ES256' }),
        keyText: JSON.stringify({ keys: [privateJwk] }),
        findings: [{ messageId: 'pastedPrivateKey', params: { format: 'jwks' }, evidence: [{ part: 'key', term: { kind: 'keyFormat', code: 'jwks' } }] }],
      },
    ],
  },
);
