import { readTimeClaims } from '../../claims/evaluate-time-window';
import { readAsMilliseconds, readNumericDate, readWindowOrder, YEAR_9999_END_SECONDS } from '../../claims/time-policy';
import { typeOfJson } from '../../claims/value-kind';
import { ownMember, type JsonValue } from '../../json/json-value';
import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §2 (NumericDate: seconds, a JSON number) and §4.1.4–4.1.6.
export const meta: RuleMeta = {
  id: 'time-claim-invalid',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['notNumber', 'negative', 'notFinite', 'milliseconds', 'afterYear9999', 'expNotAfterIat', 'expNotAfterNbf'],
  references: [rfc(7519, '2'), rfc(7519, '4.1.4'), rfc(7519, '4.1.5'), rfc(7519, '4.1.6')],
  docsAnchor: 'time-claim-invalid',
};

type TimeClaimName = 'exp' | 'nbf' | 'iat';

// One finding per claim, from the time policy's reading, so it names what the claims table notes.
function checkValue(claim: TimeClaimName, value: JsonValue): Finding | null {
  const evidence = [{ part: 'payload' as const, pointer: pointerTo(claim), value: describeValue(value) }];
  const reading = readNumericDate(value);
  if (!reading.ok) {
    return reading.problem.code === 'not-finite' ? createFinding(meta, 'notFinite', { claim }, evidence) : createFinding(meta, 'notNumber', { claim, type: typeOfJson(value) }, evidence);
  }
  const { seconds, notes } = reading;
  if (notes.includes('negative')) return createFinding(meta, 'negative', { claim, value: seconds }, evidence);
  const secondsAt = readAsMilliseconds(seconds);
  if (secondsAt !== null) return createFinding(meta, 'milliseconds', { claim, value: seconds, secondsAt }, evidence);
  if (seconds > YEAR_9999_END_SECONDS) return createFinding(meta, 'afterYear9999', { claim, value: seconds }, evidence);
  return null;
}

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null) return [];
  const findings: Finding[] = [];
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const value = ownMember(payload, claim);
    const finding = value === undefined ? null : checkValue(claim, value);
    if (finding !== null) findings.push(finding);
  }
  const bounds = readTimeClaims(payload);
  const { expNotAfterIat, expNotAfterNbf } = readWindowOrder(bounds);
  const { expiresAt: exp, issuedAt: iat, notBefore: nbf } = bounds;
  if (exp === null) return findings;
  const evidence = [{ part: 'payload' as const, pointer: '/exp', value: String(exp) }];
  if (expNotAfterIat && iat !== null) findings.push(createFinding(meta, 'expNotAfterIat', { expAt: exp, iatAt: iat }, evidence));
  if (expNotAfterNbf && nbf !== null) findings.push(createFinding(meta, 'expNotAfterNbf', { expAt: exp, nbfAt: nbf }, evidence));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
