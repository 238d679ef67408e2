import { encodeHex } from '../../encoding/hex';
import type { JsonObject } from '../../json/json-value';
import { readJwkBytes } from '../../keys/parse-jwk';
import { bytesToBigInt, isOnCurve, PRIME_CURVES } from '../elliptic-curves';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, ghsa, NIST_800_56A, rfc, SANSO_JWE } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.4 and NIST SP 800-56A §5.6.2.3: an ECDH public key must be validated before use.
export const meta: RuleMeta = {
  id: 'ecdh-es-invalid-epk',
  severity: 'critical',
  severities: ['critical'],
  needs: ['token'],
  messageIds: ['missing', 'wrongLength', 'offCurve', 'smallOrder', 'privatePart'],
  references: [
    rfc(8725, '2.5'),
    rfc(8725, '3.4'),
    rfc(7518, '4.6'),
    rfc(8037, '3.2'),
    rfc(7748, '6'),
    NIST_800_56A,
    cve('CVE-2017-16007', 'node-jose'),
    ghsa('GHSA-rvj9-8cvx-3vq9', 'node-jose invalid curve attack'),
    SANSO_JWE,
  ],
  docsAnchor: 'ecdh-es-invalid-epk',
};

const X25519_P = 2n ** 255n - 19n;
const X448_P = 2n ** 448n - 2n ** 224n - 1n;
// The two points of order 8 on Curve25519 below p (little-endian), which give an all-zero shared secret.
const X25519_SMALL_ORDER = new Set([
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
]);
const OKP_SIZES: ReadonlyMap<string, { size: number; p: bigint }> = new Map([['X25519', { size: 32, p: X25519_P }], ['X448', { size: 56, p: X448_P }]]);

function littleEndian(bytes: Uint8Array): bigint {
  return bytesToBigInt(Uint8Array.from(bytes).reverse());
}

function judgeEpk(epk: JsonObject): { messageId: string; params: Record<string, string | number> } | null {
  const crv = typeof epk.crv === 'string' ? epk.crv : '';
  if (epk.kty === 'EC') {
    const curve = PRIME_CURVES.get(crv);
    if (curve === undefined || crv === 'secp256k1') return null;
    const x = readJwkBytes(epk, 'x');
    const y = readJwkBytes(epk, 'y');
    if (x === null || y === null || x.length !== curve.size || y.length !== curve.size) return { messageId: 'wrongLength', params: { crv, bytes: curve.size } };
    return isOnCurve(curve, bytesToBigInt(x), bytesToBigInt(y)) ? null : { messageId: 'offCurve', params: { crv } };
  }
  if (epk.kty === 'OKP') {
    const okp = OKP_SIZES.get(crv);
    if (okp === undefined) return null;
    const x = readJwkBytes(epk, 'x');
    if (x === null || x.length !== okp.size) return { messageId: 'wrongLength', params: { crv, bytes: okp.size } };
    const u = littleEndian(x);
    if (u <= 1n || u === okp.p - 1n || u >= okp.p || (crv === 'X25519' && X25519_SMALL_ORDER.has(encodeHex(x)))) return { messageId: 'smallOrder', params: { crv } };
  }
  return null;
}

export function check(context: RuleContext): Finding[] {
  const header = context.header;
  const alg = context.alg;
  if (context.kind !== 'jwe' || header === null || typeof alg !== 'string' || !alg.startsWith('ECDH-ES')) return [];
  const epk = header.epk;
  const evidence = [{ part: 'header' as const, pointer: pointerTo('epk') }];
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) return [createFinding(meta, 'missing', { alg }, evidence)];
  const findings: Finding[] = [];
  const problem = judgeEpk(epk);
  if (problem !== null) findings.push(createFinding(meta, problem.messageId, { alg, ...problem.params }, evidence));
  if (Object.hasOwn(epk, 'd')) findings.push(createFinding(meta, 'privatePart', { alg }, [{ part: 'header', pointer: pointerTo('epk', 'd') }]));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
