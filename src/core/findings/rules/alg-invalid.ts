import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { ALG_JWE, ALG_JWS, ENC_JWE, isNoneVariant } from '../jose-registries';
import { IANA_JOSE, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §4.1.1, RFC 7516 §4.1.1–4.1.2, RFC 8725 §3.1: compare alg exactly against an allow-list.
export const meta: RuleMeta = {
  id: 'alg-invalid',
  severity: 'high',
  severities: ['high', 'medium'],
  needs: ['token'],
  messageIds: ['missing', 'notString', 'empty', 'caseVariant', 'unknown', 'jweAlgInJws', 'jwsAlgInJwe', 'encMissing', 'encInvalid'],
  references: [rfc(7515, '4.1.1'), rfc(7516, '4.1.1'), rfc(7516, '4.1.2'), rfc(7518, '3.1'), rfc(7518, '4.1'), rfc(7518, '5.1'), IANA_JOSE, rfc(8725, '3.1'), RFC8725BIS],
  docsAnchor: 'alg-invalid',
};

const ALL_KNOWN = [...ALG_JWS, ...ALG_JWE, ...ENC_JWE];

function findCaseVariant(value: string): string | undefined {
  const lower = value.toLowerCase();
  return ALL_KNOWN.find((known) => known.toLowerCase() === lower && known !== value);
}

function checkAlg(context: RuleContext): Finding | null {
  const header = context.header;
  if (header === null) return null;
  const alg = context.alg;
  const evidence = [{ part: 'header' as const, pointer: pointerTo('alg'), value: describeValue(alg ?? '') }];
  if (!Object.hasOwn(header, 'alg')) return createFinding(meta, 'missing', {}, [{ part: 'header' }]);
  if (typeof alg !== 'string') return createFinding(meta, 'notString', { value: describeValue(alg) }, evidence);
  if (alg === '') return createFinding(meta, 'empty', {}, evidence);
  if (isNoneVariant(alg)) return null;
  const isJws = context.kind === 'jws';
  const own = isJws ? ALG_JWS : ALG_JWE;
  if (own.has(alg)) return null;
  if (isJws && ALG_JWE.has(alg)) return createFinding(meta, 'jweAlgInJws', { alg }, evidence);
  if (!isJws && ALG_JWS.has(alg)) return createFinding(meta, 'jwsAlgInJwe', { alg }, evidence);
  const known = findCaseVariant(alg);
  if (known !== undefined) return createFinding(meta, 'caseVariant', { alg, known }, evidence);
  return createFinding(meta, 'unknown', { alg }, evidence, 'medium');
}

function checkEnc(context: RuleContext): Finding | null {
  const header = context.header;
  if (context.kind !== 'jwe' || header === null) return null;
  if (!Object.hasOwn(header, 'enc')) return createFinding(meta, 'encMissing', {}, [{ part: 'header' }]);
  const enc = header.enc;
  if (typeof enc === 'string' && ENC_JWE.has(enc)) return null;
  return createFinding(meta, 'encInvalid', { enc: describeValue(enc) }, [{ part: 'header', pointer: pointerTo('enc'), value: describeValue(enc) }]);
}

export function check(context: RuleContext): Finding[] {
  if (context.kind !== 'jws' && context.kind !== 'jwe') return [];
  return [checkAlg(context), checkEnc(context)].filter((finding): finding is Finding => finding !== null);
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
