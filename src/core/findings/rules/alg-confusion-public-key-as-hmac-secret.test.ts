import { createHmac } from 'node:crypto';
import { check, meta } from './alg-confusion-public-key-as-hmac-secret';
import { createCertificate, getKeyPair, publicJwk, signToken, type KeyPairType } from '../../crypto/test-support/create-key-fixtures';
import { formatOpenSshPublicKey } from '../public-key-forms';
import { jws, testRule } from '../test-support/rule-tester';

function hmacToken(key: string | Buffer, header: Record<string, unknown> = {}, alg: 'HS256' | 'HS384' | 'HS512' = 'HS256'): string {
  const unsigned = jws({ alg, ...header }, { sub: 'admin' }, '').slice(0, -1);
  return `${unsigned}.${createHmac(`sha${alg.slice(2)}`, key).update(unsigned).digest('base64url')}`;
}

const rsa = getKeyPair('rsa-2048');
const ec = getKeyPair('p-256');
const spkiPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const pkcs1Pem = rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const spkiDer = rsa.publicKey.export({ type: 'spki', format: 'der' });
const ecPem = ec.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const openssh = (type: KeyPairType) => formatOpenSshPublicKey(new Uint8Array(getKeyPair(type).publicKey.export({ type: 'spki', format: 'der' }))) ?? '';
const certificate = createCertificate(rsa) ?? '';
const certificateBase64 = certificate.replace(/-----[^-]+-----|\s/g, '');
const jwkText = JSON.stringify(publicJwk(rsa, { kid: 'k1' }), null, 2);

testRule(
  { meta, check },
  {
    valid: [
      { name: 'RS256 token with its public key (the normal case)', token: signToken('RS256', rsa.privateKey), keyText: spkiPem },
      { name: 'HS256 token with its own secret', token: hmacToken('a proper shared secret of some length'), keyText: 'a proper shared secret of some length' },
      { name: 'HS256 token signed with another key than the pasted public key', token: hmacToken('unrelated'), keyText: spkiPem },
      { name: 'HS256 token, no key, no embedded key', token: hmacToken(spkiPem) },
      { name: 'HS256 token with an oct JWK', token: hmacToken('k'), keyText: JSON.stringify({ kty: 'oct', k: 'aw' }) },
      { name: 'HS256 with an embedded jwk it was not signed with', token: hmacToken('x', { jwk: publicJwk(ec) }) },
    ],
    invalid: [
      { name: 'the SPKI PEM exactly as pasted', token: hmacToken(spkiPem), keyText: spkiPem, findings: [{ messageId: 'pastedKey', params: { form: 'asPasted' } }] },
      { name: 'the PEM without its final newline', token: hmacToken(spkiPem.trimEnd()), keyText: spkiPem, findings: [{ messageId: 'pastedKey', params: { form: 'trailingNewlineRemoved' } }] },
      {
        name: 'the PEM with CRLF line ends',
        token: hmacToken(spkiPem.replace(/\n/g, '\r\n')),
        keyText: spkiPem,
        findings: [{ messageId: 'pastedKey', params: { form: 'crlfLineEnds' }, evidence: [{ part: 'key', term: { kind: 'keyForm', code: 'crlfLineEnds' } }] }],
      },
      { name: 'the PEM with a leading space (CVE-2026-34950)', token: hmacToken(` ${spkiPem}`), keyText: spkiPem, findings: [{ messageId: 'pastedKey', params: { form: 'leadingSpaceAdded' } }] },
      { name: 'PKCS#1 PEM when SPKI was pasted', token: hmacToken(pkcs1Pem), keyText: spkiPem, findings: [{ messageId: 'pastedKey', params: { form: 'pkcs1Pem' } }] },
      { name: 'SPKI PEM when PKCS#1 was pasted', token: hmacToken(spkiPem), keyText: pkcs1Pem, findings: [{ messageId: 'pastedKey', params: { form: 'spkiPem' } }] },
      { name: 'the SPKI DER', token: hmacToken(spkiDer), keyText: spkiPem, findings: [{ messageId: 'pastedKey', params: { form: 'spkiDer' } }] },
      { name: 'the OpenSSH line of an RSA key', token: hmacToken(openssh('rsa-2048')), keyText: spkiPem, findings: [{ messageId: 'pastedKey', params: { form: 'openssh' } }] },
      { name: 'the OpenSSH line of an EC key, HS384', token: hmacToken(openssh('p-256'), {}, 'HS384'), keyText: ecPem, findings: [{ messageId: 'pastedKey', params: { form: 'openssh' } }] },
      { name: 'an OpenSSH line pasted as the key', token: hmacToken(openssh('ed25519')), keyText: openssh('ed25519'), findings: [{ messageId: 'pastedKey', params: { form: 'asPasted' } }] },
      { name: 'the JWK as pasted', token: hmacToken(jwkText), keyText: jwkText, findings: [{ messageId: 'pastedKey', params: { form: 'asPasted' } }] },
      { name: 'the JWK minified', token: hmacToken(JSON.stringify(publicJwk(rsa, { kid: 'k1' }))), keyText: jwkText, findings: [{ messageId: 'pastedKey', params: { form: 'jwkMinified' } }] },
      { name: 'the SPKI PEM when a JWK was pasted', token: hmacToken(spkiPem), keyText: jwkText, findings: [{ messageId: 'pastedKey', params: { form: 'spkiPem' } }] },
      {
        name: 'a JWKS member as SPKI PEM',
        token: hmacToken(spkiPem),
        keyText: JSON.stringify({ keys: [publicJwk(ec), publicJwk(rsa)] }),
        findings: [{ messageId: 'pastedKey', params: { form: 'spkiPem' } }],
      },
      { name: 'the certificate PEM', token: hmacToken(certificate), keyText: certificate, findings: [{ messageId: 'pastedKey', params: { form: 'asPasted' } }] },
      { name: 'the key of a pasted certificate', token: hmacToken(spkiPem), keyText: certificate, findings: [{ messageId: 'pastedKey', params: { form: 'spkiPem' } }] },
      {
        name: 'an embedded jwk used as the HMAC secret (T+)',
        token: hmacToken(spkiPem, { jwk: publicJwk(rsa) }),
        findings: [{ messageId: 'headerJwk', params: { form: 'spkiPem' }, pointer: '/jwk' }],
      },
      {
        name: 'an embedded x5c certificate used as the HMAC secret (T+)',
        token: hmacToken(certificate, { x5c: [certificateBase64] }),
        findings: [{ messageId: 'headerX5c', params: { form: 'certificatePem' } }],
      },
    ],
  },
);
