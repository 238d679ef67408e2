import type { JsonValue } from '../../json/json-value';
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

// 1e11 seconds is the year 5138: a value that large was written in milliseconds. `9999999999`
// (2286, a common "never" sentinel) stays below it on purpose (catalog §5).
const MILLISECONDS_THRESHOLD = 1e11;
const YEAR_9999_END = 253_402_300_799;

function typeOf(value: JsonValue): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null) return [];
  const findings: Finding[] = [];
  const numbers: Partial<Record<'exp' | 'nbf' | 'iat', number>> = {};
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    if (!Object.hasOwn(payload, claim)) continue;
    const value = payload[claim] ?? null;
    const evidence = [{ part: 'payload' as const, pointer: pointerTo(claim), value: describeValue(value) }];
    if (typeof value !== 'number') {
      findings.push(createFinding(meta, 'notNumber', { claim, type: typeOf(value) }, evidence));
      continue;
    }
    if (!Number.isFinite(value)) findings.push(createFinding(meta, 'notFinite', { claim }, evidence));
    else if (value < 0) findings.push(createFinding(meta, 'negative', { claim, value }, evidence));
    // Anything past 9999 is also past the milliseconds threshold; it reads as milliseconds unless even that is past 9999.
    else if (value >= MILLISECONDS_THRESHOLD && value / 1000 <= YEAR_9999_END) findings.push(createFinding(meta, 'milliseconds', { claim, value, secondsAt: Math.floor(value / 1000) }, evidence));
    else if (value > YEAR_9999_END) findings.push(createFinding(meta, 'afterYear9999', { claim, value }, evidence));
    if (Number.isFinite(value)) numbers[claim] = value;
  }
  const { exp, iat, nbf } = numbers;
  if (exp !== undefined && iat !== undefined && exp <= iat) findings.push(createFinding(meta, 'expNotAfterIat', { expAt: exp, iatAt: iat }, [{ part: 'payload', pointer: '/exp', value: String(exp) }]));
  if (exp !== undefined && nbf !== undefined && exp <= nbf) findings.push(createFinding(meta, 'expNotAfterNbf', { expAt: exp, nbfAt: nbf }, [{ part: 'payload', pointer: '/exp', value: String(exp) }]));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
