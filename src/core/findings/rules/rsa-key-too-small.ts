import { MIN_RSA_BITS } from '../../crypto/jws-algorithms';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { isRsaKeyManagementAlg, isRsaSignatureAlg } from '../jose-registries';
import { listGivenKeys } from '../key-material';
import { NIST_800_131A, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §3.3, §3.5, §4.2, §4.3: RSA keys must be at least 2048 bits.
export const meta: RuleMeta = {
  id: 'rsa-key-too-small',
  severity: 'high',
  severities: ['high'],
  needs: ['token', 'key'],
  messageIds: ['signatureShort', 'encryptedKeyShort', 'keyShort'],
  references: [
    rfc(7518, '3.3'),
    rfc(7518, '3.5'),
    rfc(7518, '4.2'),
    rfc(7518, '4.3'),
    NIST_800_131A,
    { label: 'jsonwebtoken 9.0.0 changelog (RSA keys under 2048 bits refused)', url: 'https://github.com/auth0/node-jsonwebtoken/blob/master/CHANGELOG.md' },
  ],
  docsAnchor: 'rsa-key-too-small',
};

// A 2048-bit key gives 256-byte values; producers that drop a leading zero byte give 255, so only
// clearly shorter values count.
const PROXY_LIMIT_BYTES = 250;

function checkKey(context: RuleContext, alg: string): Finding[] {
  const kid = context.header?.kid;
  const keys = listGivenKeys(context).filter((key) => key.jwk === undefined || key.memberIndex === undefined || typeof kid !== 'string' || key.jwk.kid === kid);
  for (const key of keys) {
    if ((key.keyInfo.type === 'rsa' || key.keyInfo.type === 'rsa-pss') && key.keyInfo.modulusBits < MIN_RSA_BITS) {
      return [createFinding(meta, 'keyShort', { alg, bits: key.keyInfo.modulusBits, minBits: MIN_RSA_BITS }, [{ part: 'key', measure: { unit: 'bits', count: key.keyInfo.modulusBits } }])];
    }
  }
  return [];
}

export function check(context: RuleContext): Finding[] {
  const { alg } = context;
  if (context.kind === 'jws' && isRsaSignatureAlg(alg)) {
    const findings = checkKey(context, alg);
    const signature = context.signature;
    if (signature !== null && signature.length > 0 && signature.length < PROXY_LIMIT_BYTES) {
      findings.push(
        createFinding(meta, 'signatureShort', { alg, bytes: signature.length, bits: signature.length * 8 }, [
          { part: 'signature', measure: { unit: 'bytes', count: signature.length } },
          { part: 'header', pointer: pointerTo('alg'), value: alg },
        ]),
      );
    }
    return findings;
  }
  if (context.decoded.kind === 'jwe' && isRsaKeyManagementAlg(alg)) {
    const encryptedKey = context.decoded.parts[1].decoding;
    if (encryptedKey.ok && encryptedKey.bytes.length > 0 && encryptedKey.bytes.length < PROXY_LIMIT_BYTES) {
      const bytes = encryptedKey.bytes.length;
      return [createFinding(meta, 'encryptedKeyShort', { alg, bytes, bits: bytes * 8 }, [{ part: 'encrypted-key', measure: { unit: 'bytes', count: bytes } }])];
    }
  }
  return [];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
