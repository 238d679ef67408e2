import { buildSdJwt, disclose, sha256Digest } from '../../sd-jwt/test-support/build-sd-jwt';
import { rfc9901Example } from '../../sd-jwt/test-support/rfc9901-examples';
import { testRule } from '../test-support/rule-tester';
import { check, meta } from './sd-jwt-kb-sd-hash-mismatch';

const NAME = disclose('salt', 'given_name', 'Ada');
const PAYLOAD = { _sd: [sha256Digest(NAME)], _sd_alg: 'sha-256', cnf: { jwk: { kty: 'EC' } } };
const HEADER = { alg: 'ES256', typ: 'kb+jwt' };
const presented = rfc9901Example('simple-presentation').token;

testRule(
  { meta, check },
  {
    valid: [
      { name: 'the RFC 9901 §5.2 presentation', token: presented },
      { name: 'the RFC 9901 A.4 presentation', token: rfc9901Example('w3c-vc-presentation').token },
      { name: 'an SD-JWT without key binding', token: buildSdJwt(PAYLOAD, [NAME]) },
      { name: 'an sd_hash over the presentation', token: buildSdJwt(PAYLOAD, [NAME], { header: HEADER, payload: (presentation) => ({ sd_hash: sha256Digest(presentation) }) }) },
    ],
    invalid: [
      {
        name: 'a disclosure removed after the holder signed',
        token: presented.replace(/~[^~]+~(?=[^~]*$)/, '~'),
        findings: [{ messageId: 'mismatch', severity: 'high', params: { stated: 'G3I8z-cFMATAK2ep8MXWk-vnjI3X6-aahYeU9Tvzz3E' } }],
      },
      { name: 'an sd_hash over the issuer JWT only', token: buildSdJwt(PAYLOAD, [NAME], { header: HEADER, payload: (presentation) => ({ sd_hash: sha256Digest(presentation.split('~')[0] ?? '') }) }), findings: [{ messageId: 'mismatch' }] },
      { name: 'no sd_hash', token: buildSdJwt(PAYLOAD, [NAME], { header: HEADER, payload: () => ({ nonce: 'n' }) }), findings: [{ messageId: 'missing' }] },
    ],
  },
);
