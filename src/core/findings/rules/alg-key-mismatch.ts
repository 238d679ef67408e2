import { isMlDsaKeyFor, isMlDsaName, type KeyInfo } from '../../keys/key-info';
import { createFinding, type Evidence, type Finding, type Rule, type RuleMeta } from '../finding';
import { ALG_JWS, EC_CURVE_OF_ALG } from '../jose-registries';
import { describeKeyType, judgeSelectedKeys, type GivenKey } from '../key-material';
import { cve, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.1 and RFC 7517 §4.2–4.4: each key is bound to one algorithm and one use.
export const meta: RuleMeta = {
  id: 'alg-key-mismatch',
  severity: 'high',
  severities: ['high'],
  needs: ['token', 'key'],
  messageIds: ['keyType', 'jwkAlg', 'jwkUseEnc', 'jwkKeyOps', 'noFittingMember'],
  references: [rfc(8725, '3.1'), rfc(7517, '4.2'), rfc(7517, '4.3'), rfc(7517, '4.4'), rfc(7518, '3.4'), rfc(7518, '6'), cve('CVE-2022-23539', 'jsonwebtoken')],
  docsAnchor: 'alg-key-mismatch',
};

const OKP_CURVES: ReadonlyMap<string, readonly string[]> = new Map([['EdDSA', ['Ed25519', 'Ed448']], ['Ed25519', ['Ed25519']], ['Ed448', ['Ed448']]]);

/** Returns whether a key of this type (and curve) can verify `alg` at all. */
function fitsAlgorithm(alg: string, keyInfo: KeyInfo): boolean {
  if (alg.startsWith('HS')) return keyInfo.type === 'oct';
  if (alg.startsWith('RS')) return keyInfo.type === 'rsa';
  if (alg.startsWith('PS')) return keyInfo.type === 'rsa' || keyInfo.type === 'rsa-pss';
  const ecCurve = EC_CURVE_OF_ALG.get(alg);
  if (ecCurve !== undefined) return keyInfo.type === 'ec' && keyInfo.curve === ecCurve;
  if (isMlDsaName(alg)) return isMlDsaKeyFor(alg, keyInfo);
  const okpCurves = OKP_CURVES.get(alg);
  return okpCurves !== undefined && keyInfo.type === 'okp' && okpCurves.includes(keyInfo.curve);
}

function judgeKey(alg: string, key: GivenKey): Finding | null {
  const evidence: Evidence[] = [{ part: 'key', term: { kind: 'keyType', code: describeKeyType(key.keyInfo) } }];
  if (!fitsAlgorithm(alg, key.keyInfo)) {
    const curve = key.keyInfo.type === 'ec' || key.keyInfo.type === 'okp' ? key.keyInfo.curve : '';
    return createFinding(meta, 'keyType', { alg, keyType: describeKeyType(key.keyInfo), curve, withCurve: curve === '' ? 'no' : 'yes' }, evidence);
  }
  const jwk = key.jwk;
  if (jwk === undefined) return null;
  if (jwk.use === 'enc') return createFinding(meta, 'jwkUseEnc', { alg }, [{ part: 'key', pointer: '/use', value: 'enc' }]);
  if (jwk.keyOps !== undefined && !jwk.keyOps.includes('verify') && !(jwk.isPrivate && jwk.keyOps.includes('sign'))) {
    return createFinding(meta, 'jwkKeyOps', { alg, keyOps: jwk.keyOps.join(', ') }, [{ part: 'key', pointer: '/key_ops', value: JSON.stringify(jwk.keyOps) }]);
  }
  if (jwk.alg !== undefined && jwk.alg !== alg) return createFinding(meta, 'jwkAlg', { alg, jwkAlg: jwk.alg }, [{ part: 'key', pointer: '/alg', value: jwk.alg }]);
  return null;
}

export function check(context: RuleContext): Finding[] {
  const { alg } = context;
  if (context.kind !== 'jws' || typeof alg !== 'string' || !ALG_JWS.has(alg)) return [];
  return judgeSelectedKeys(context, meta, { alg }, (key) => judgeKey(alg, key));
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
