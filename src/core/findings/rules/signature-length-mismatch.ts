import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { isRsaSignatureAlg, SIG_LEN } from '../jose-registries';
import { cve, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §3.2–3.5, RFC 8037 §3.1 and FIPS 204 fix each algorithm's signature size (raw R‖S for ECDSA).
export const meta: RuleMeta = {
  id: 'signature-length-mismatch',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['wrongLength', 'ecdsaDer', 'rsaTooLong'],
  references: [rfc(7518, '3.2'), rfc(7518, '3.3'), rfc(7518, '3.4'), rfc(7518, '3.5'), rfc(8037, '3.1'), cve('CVE-2020-28042', 'ServiceStack')],
  docsAnchor: 'signature-length-mismatch',
};

/** The largest RSA signature accepted: a 16384-bit modulus. */
const MAX_RSA_SIGNATURE_BYTES = 2048;

function looksLikeDer(signature: Uint8Array): boolean {
  return signature[0] === 0x30 && signature[1] === signature.length - 2;
}

export function check(context: RuleContext): Finding[] {
  const { signature, alg } = context;
  if (context.kind !== 'jws' || signature === null || signature.length === 0 || typeof alg !== 'string') return [];
  const evidence = [{ part: 'signature' as const, measure: { unit: 'bytes' as const, count: signature.length } }, { part: 'header' as const, pointer: pointerTo('alg'), value: alg }];
  if (isRsaSignatureAlg(alg)) {
    return signature.length > MAX_RSA_SIGNATURE_BYTES ? [createFinding(meta, 'rsaTooLong', { alg, bytes: signature.length }, evidence)] : [];
  }
  const expected = SIG_LEN.get(alg);
  if (expected === undefined || expected.includes(signature.length)) return [];
  const params = { alg, bytes: signature.length, expectedBytes: expected.join(' / ') };
  if (alg.startsWith('ES') && looksLikeDer(signature)) return [createFinding(meta, 'ecdsaDer', params, evidence)];
  return [createFinding(meta, 'wrongLength', params, evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
