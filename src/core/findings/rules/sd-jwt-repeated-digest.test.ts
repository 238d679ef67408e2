import { buildSdJwt, disclose, sha256Digest } from '../../sd-jwt/test-support/build-sd-jwt';
import { rfc9901Example } from '../../sd-jwt/test-support/rfc9901-examples';
import { jws, testRule } from '../test-support/rule-tester';
import { check, meta } from './sd-jwt-repeated-digest';

const NAME = disclose('salt', 'given_name', 'Ada');

testRule(
  { meta, check },
  {
    valid: [
      { name: 'the RFC 9901 A.3 SD-JWT VC', token: rfc9901Example('sd-jwt-vc-issuance').token },
      { name: 'the RFC 9901 A.2 presentation (recursive disclosures)', token: rfc9901Example('complex-structured-presentation').token },
      { name: 'a plain JWS with _sd', token: jws({ alg: 'ES256' }, { _sd: ['a', 'a'] }) },
    ],
    invalid: [
      { name: 'the same disclosure sent twice', token: buildSdJwt({ _sd: [sha256Digest(NAME)] }, [NAME, NAME]), findings: [{ messageId: 'repeated', severity: 'high', params: { digest: sha256Digest(NAME) } }] },
      { name: 'a digest twice in the payload', token: buildSdJwt({ _sd: [sha256Digest(NAME)], inner: { _sd: [sha256Digest(NAME)] } }, [NAME]), findings: [{ messageId: 'repeated' }] },
      { name: 'an undisclosed digest twice in one _sd array', token: buildSdJwt({ _sd: ['decoy', 'decoy'] }, []), findings: [{ messageId: 'repeated', params: { digest: 'decoy' } }] },
    ],
  },
);
