import { check, checkAsync, meta } from './x5c-header';
import { createCertificate, getKeyPair, signToken } from '../../crypto/test-support/create-key-fixtures';
import { jws, testRule } from '../test-support/rule-tester';

const rsa = getKeyPair('rsa-2048');
const ec = getKeyPair('p-256');
const base64Of = (pem: string | undefined) => (pem ?? '').replace(/-----[^-]+-----|\s/g, '');
const rsaCertificate = base64Of(createCertificate(rsa));
const ecCertificate = base64Of(createCertificate(ec));
const selfSignedRsa = signToken('RS256', rsa.privateKey, { header: { x5c: [rsaCertificate] } });
const selfSignedEc = signToken('ES256', ec.privateKey, { header: { x5c: [ecCertificate] } });
const signedByOther = signToken('ES256', getKeyPair('p-384').privateKey, { header: { x5c: [ecCertificate] } });

const valid = [{ name: 'no x5c', token: jws({ alg: 'RS256' }) }];
const malformed = [
  { name: 'x5c is a string', token: jws({ alg: 'RS256', x5c: rsaCertificate }), findings: [{ messageId: 'malformed', params: { problem: 'notArray' } }] },
  {
    name: 'x5c holds URL-safe base64',
    token: jws({ alg: 'RS256', x5c: ['ab-_'] }),
    findings: [{ messageId: 'malformed', params: { problem: 'notBase64' }, evidence: [{ part: 'header' as const, pointer: '/x5c', term: { kind: 'x5cProblem' as const, code: 'notBase64' as const } }] }],
  },
  { name: 'x5c holds something that is not a certificate', token: jws({ alg: 'RS256', x5c: ['AAAA'] }), findings: [{ messageId: 'malformed', params: { problem: 'notCertificate' } }] },
];

testRule(
  { meta, check },
  {
    valid,
    invalid: [
      ...malformed,
      { name: 'a certificate chain', token: selfSignedRsa, findings: [{ messageId: 'certificateChain', severity: 'medium', params: { length: 1 } }] },
    ],
  },
);

testRule(
  { meta, check, checkAsync },
  {
    valid,
    invalid: [
      ...malformed,
      { name: 'self-signed RSA certificate whose key signed the token', token: selfSignedRsa, findings: [{ messageId: 'selfSigned', severity: 'high' }] },
      { name: 'self-signed EC certificate whose key signed the token', token: selfSignedEc, findings: [{ messageId: 'selfSigned', severity: 'high' }] },
      { name: 'a self-signed certificate whose key did not sign the token', token: signedByOther, findings: [{ messageId: 'certificateChain', severity: 'medium' }] },
    ],
  },
  { mode: 'async' },
);
