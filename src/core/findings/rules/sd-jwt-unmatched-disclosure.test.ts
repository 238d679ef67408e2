import { buildSdJwt, disclose, sha256Digest } from '../../sd-jwt/test-support/build-sd-jwt';
import { rfc9901Example } from '../../sd-jwt/test-support/rfc9901-examples';
import { jws, testRule } from '../test-support/rule-tester';
import { check, meta } from './sd-jwt-unmatched-disclosure';

const NAME = disclose('salt', 'given_name', 'Ada');
const ELEMENT = disclose('salt', 'UK');

testRule(
  { meta, check },
  {
    valid: [
      { name: 'the RFC 9901 §5.1 SD-JWT', token: rfc9901Example('simple-issuance').token },
      { name: 'the RFC 9901 §5.2 presentation', token: rfc9901Example('simple-presentation').token },
      { name: 'an SD-JWT without disclosures', token: buildSdJwt({ _sd: [sha256Digest(NAME)] }, []) },
      { name: 'a plain JWS', token: jws({ alg: 'HS256' }) },
      { name: 'an _sd_alg not computed here (sd-jwt-hash-alg says so)', token: buildSdJwt({ _sd_alg: 'sha3-256', _sd: [] }, [NAME]) },
    ],
    invalid: [
      {
        name: 'a disclosure whose digest is nowhere',
        token: buildSdJwt({ _sd: [] }, [NAME]),
        findings: [{ messageId: 'unmatched', severity: 'high', params: { position: 1, claim: 'given_name', digest: sha256Digest(NAME) }, evidence: [{ part: 'token', value: NAME }] }],
      },
      { name: 'an array element nothing refers to', token: buildSdJwt({ list: [] }, [ELEMENT]), findings: [{ messageId: 'unmatched', params: { claim: '[]' } }] },
      { name: 'a disclosure that is not a JSON array', token: buildSdJwt({ _sd: [] }, ['e30']), findings: [{ messageId: 'malformed', params: { position: 1, error: 'notArray' } }] },
      { name: 'an empty disclosure between two tildes', token: buildSdJwt({ _sd: [sha256Digest(NAME)] }, ['', NAME]), findings: [{ messageId: 'malformed', params: { position: 1, error: 'empty' } }] },
      { name: 'an array element referred to from _sd', token: buildSdJwt({ _sd: [sha256Digest(ELEMENT)] }, [ELEMENT]), findings: [{ messageId: 'misplaced', params: { claim: '[]' } }] },
      { name: 'a claim the payload already has', token: buildSdJwt({ _sd: [sha256Digest(NAME)], given_name: 'Eve' }, [NAME]), findings: [{ messageId: 'claimExists', params: { claim: 'given_name' } }] },
    ],
  },
);
