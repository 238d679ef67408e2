import {
  decryptsWithKeyType,
  JWE_CONTENT_ENCRYPTION_ALGORITHMS,
  JWE_KEY_MANAGEMENT_ALGORITHMS,
  jwkOperationFor,
  requiredSymmetricKeyBytes,
  UNAVAILABLE_JWE_ALGORITHMS,
} from '../../crypto/jwe-algorithms';
import type { KeyInfo } from '../../keys/key-info';
import { createFinding, type Evidence, type Finding, type Rule, type RuleMeta } from '../finding';
import { describeKeyType, judgeSelectedKeys, type GivenKey } from '../key-material';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.1 and RFC 7517 §4.2–4.4: a key is bound to one algorithm and one use; RFC 7518 §4.4,
// §4.5 and §4.7 fix the length of the symmetric key each `alg`/`enc` takes.
export const meta: RuleMeta = {
  id: 'jwe-key-mismatch',
  severity: 'high',
  severities: ['high'],
  needs: ['token', 'key'],
  messageIds: ['keyType', 'keyLength', 'curve', 'jwkUse', 'jwkKeyOps', 'jwkAlg', 'noFittingMember'],
  references: [rfc(8725, '3.1'), rfc(7517, '4.2'), rfc(7517, '4.3'), rfc(7517, '4.4'), rfc(7518, '4.4'), rfc(7518, '4.5'), rfc(7518, '4.6'), rfc(7518, '4.7'), rfc(7518, '5.1')],
  docsAnchor: 'jwe-key-mismatch',
};

interface JweTarget {
  alg: string;
  enc: string;
  /** The curve of the header's `epk`, for ECDH-ES. */
  epkCurve: string | undefined;
}

function judgeKeyInfo({ alg, enc, epkCurve }: JweTarget, keyInfo: KeyInfo): Finding | null {
  if (!decryptsWithKeyType(alg, keyInfo.type)) {
    const curve = keyInfo.type === 'ec' || keyInfo.type === 'okp' ? keyInfo.curve : '';
    const evidence: Evidence[] = [{ part: 'key', term: { kind: 'keyType', code: describeKeyType(keyInfo) } }];
    return createFinding(meta, 'keyType', { alg, keyType: describeKeyType(keyInfo), curve, withCurve: curve === '' ? 'no' : 'yes' }, evidence);
  }
  if (keyInfo.type === 'oct') {
    const expectedBytes = requiredSymmetricKeyBytes(alg, enc);
    // A `dir` key shorter than `enc` needs is jwe-dir-short-key's: it says what the short key costs.
    const leftToShortKeyRule = alg === 'dir' && expectedBytes !== undefined && keyInfo.byteLength < expectedBytes;
    if (expectedBytes !== undefined && keyInfo.byteLength !== expectedBytes && !leftToShortKeyRule) {
      return createFinding(meta, 'keyLength', { alg, enc, bytes: keyInfo.byteLength, expectedBytes, isDir: alg === 'dir' ? 'yes' : 'no' }, [{ part: 'key', measure: { unit: 'bytes', count: keyInfo.byteLength } }]);
    }
  }
  if ((keyInfo.type === 'ec' || keyInfo.type === 'okp') && epkCurve !== undefined && epkCurve !== keyInfo.curve) {
    return createFinding(meta, 'curve', { alg, curve: keyInfo.curve, epkCurve }, [{ part: 'header', pointer: '/epk/crv', value: epkCurve }]);
  }
  return null;
}

function judgeKey(target: JweTarget, key: GivenKey): Finding | null {
  const mismatch = judgeKeyInfo(target, key.keyInfo);
  if (mismatch !== null) return mismatch;
  const jwk = key.jwk;
  if (jwk === undefined) return null;
  const { alg, enc } = target;
  if (jwk.use !== undefined && jwk.use !== 'enc') return createFinding(meta, 'jwkUse', { alg, use: jwk.use }, [{ part: 'key', pointer: '/use', value: jwk.use }]);
  const operation = jwkOperationFor(alg);
  if (jwk.keyOps !== undefined && !jwk.keyOps.includes(operation)) {
    return createFinding(meta, 'jwkKeyOps', { alg, keyOps: jwk.keyOps.join(', '), operation }, [{ part: 'key', pointer: '/key_ops', value: JSON.stringify(jwk.keyOps) }]);
  }
  // RFC 7518 §4.5: the `alg` of a key used directly names the content encryption it is for.
  const wanted = alg === 'dir' ? enc : alg;
  if (jwk.alg !== undefined && jwk.alg !== wanted) return createFinding(meta, 'jwkAlg', { alg: wanted, jwkAlg: jwk.alg }, [{ part: 'key', pointer: '/alg', value: jwk.alg }]);
  return null;
}

function readEpkCurve(context: RuleContext): string | undefined {
  const epk = context.header?.epk;
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) return undefined;
  return typeof epk.crv === 'string' ? epk.crv : undefined;
}

export function check(context: RuleContext): Finding[] {
  const { alg } = context;
  const enc = context.header?.enc;
  if (context.kind !== 'jwe' || typeof alg !== 'string' || typeof enc !== 'string') return [];
  // RSA1_5 cannot be decrypted here, but an RSA-OAEP key offered to it is the downgrade worth naming.
  const known = JWE_KEY_MANAGEMENT_ALGORITHMS.includes(alg) || UNAVAILABLE_JWE_ALGORITHMS.has(alg);
  if (!known || !JWE_CONTENT_ENCRYPTION_ALGORITHMS.includes(enc)) return [];
  const target: JweTarget = { alg, enc, epkCurve: readEpkCurve(context) };
  return judgeSelectedKeys(context, meta, { alg }, (key) => judgeKey(target, key));
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
