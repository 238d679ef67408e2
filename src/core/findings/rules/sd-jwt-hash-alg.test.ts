import { buildSdJwt } from '../../sd-jwt/test-support/build-sd-jwt';
import { rfc9901Example } from '../../sd-jwt/test-support/rfc9901-examples';
import { jws, testRule } from '../test-support/rule-tester';
import { check, meta } from './sd-jwt-hash-alg';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'the RFC 9901 §5.1 SD-JWT (sha-256 stated)', token: rfc9901Example('simple-issuance').token },
      { name: 'sha-512 stated', token: buildSdJwt({ _sd_alg: 'sha-512', _sd: [] }, []) },
      { name: 'a plain JWS without _sd_alg', token: jws({ alg: 'HS256' }) },
    ],
    invalid: [
      { name: 'no _sd_alg', token: buildSdJwt({ _sd: [] }, []), findings: [{ messageId: 'missing', severity: 'info' }] },
      { name: 'sha3-256', token: buildSdJwt({ _sd_alg: 'sha3-256', _sd: [] }, []), findings: [{ messageId: 'unsupported', severity: 'medium', params: { alg: 'sha3-256' }, pointer: '/_sd_alg' }] },
      { name: 'a number', token: buildSdJwt({ _sd_alg: 256 }, []), findings: [{ messageId: 'unsupported', params: { alg: '256' } }] },
    ],
  },
);
