// The claims table (its time status and each claim's reading) and the security findings judge time by
// one policy. For odd values of exp, nbf and iat at fixed moments, what one says the other must say too.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding';
import type { RuleId } from '../findings/rule-ids';
import { runSecurityRules } from '../findings/run-security-rules';
import type { JsonObject } from '../json/json-value';
import { decodeToken } from '../token/decode-token';
import { evaluateTimeWindow, type TimeStatus, type TimeWindow } from './evaluate-time-window';
import { ISSUED_AT_SKEW_SECONDS, readNumericDate } from './time-policy';
import { asUnixSeconds } from './unix-seconds';

const CLAIMS = ['exp', 'nbf', 'iat'] as const;
type ClaimName = (typeof CLAIMS)[number];

const TODAY = 1_767_225_600; // 2026-01-01T00:00:00Z
const NOWS = [0, TODAY, 32_503_680_000] as const; // the epoch, today, the year 3000
const LEEWAYS = [0, 60] as const;

/** Values as written in the payload's JSON text, so that `1e400` reaches the parser as written. */
const ODD_VALUES = [
  '50000000000', // 5e10: year 3554 as seconds, 1971 as milliseconds
  '5e10',
  '1700000000000', // 1.7e12: milliseconds of 2023
  '1767225600000',
  '99999999999', // just below the milliseconds threshold
  '100000000000', // the threshold
  '9999999999', // the 2286 "never" sentinel
  '32503680000', // year 3000
  '253402300799', // 9999-12-31T23:59:59Z
  '253402300799999', // its last millisecond
  '253402300800000',
  '1e15',
  '1e20',
  '1e400', // Infinity to JSON.parse
  '0',
  '-1',
  '-86400.5',
  '1767225600.5',
  '0.5',
  '2147483647',
  '"1767225600"',
  '"NaN"',
  '"Infinity"',
  '"1e400"',
  '"soon"',
  'null',
  'true',
  '[1767225600]',
  '{}',
];

/** Values around a moment: at it, just before and after, and beyond the leeway and the iat skew. */
function valuesAround(now: number): string[] {
  return [0, 1, -1, 30, -30, 60, -60, 61, -61, ISSUED_AT_SKEW_SECONDS, ISSUED_AT_SKEW_SECONDS + 1, 3_600, -3_600, 0.5, -0.5].map((offset) => String(now + offset));
}

function tokenOf(payloadText: string): string {
  const encode = (text: string) => Buffer.from(text).toString('base64url');
  return `${encode('{"alg":"HS256","typ":"JWT"}')}.${encode(payloadText)}.c2ln`;
}

/** The claims as the decoder parsed them: the very values the rules read. */
function payloadOf(token: string): JsonObject {
  const decoded = decodeToken(token);
  if (decoded.kind !== 'jws') throw new Error('not a JWS');
  const { decoding } = decoded.parts[1];
  if (!decoding.ok || decoding.content.type !== 'json') throw new Error('payload is not JSON');
  return decoding.content.value as JsonObject;
}

interface Judged {
  window: TimeWindow;
  findings: Finding[];
  payload: JsonObject;
}

function judge(payloadText: string, nowSeconds: number, leewaySeconds: number): Judged {
  const token = tokenOf(payloadText);
  const payload = payloadOf(token);
  const clock = { nowSeconds: asUnixSeconds(nowSeconds), leewaySeconds };
  const window = evaluateTimeWindow(payload, clock);
  const findings = runSecurityRules({ decoded: decodeToken(token), clock }).filter((finding) => !finding.inner);
  return { window, findings, payload };
}

const has = (findings: Finding[], ruleId: RuleId, ...messageIds: string[]) =>
  findings.some((finding) => finding.ruleId === ruleId && (messageIds.length === 0 || messageIds.includes(finding.messageId)));

/** Asserts every correspondence between the table and the findings; `label` names the case in a failure. */
function expectAgreement({ window, findings, payload }: Judged, label: string): void {
  const says = (claim: string) => `${label}: ${claim}`;
  const pastExpiry = window.expiresInSeconds !== null && window.expiresInSeconds <= 0;
  expect(has(findings, 'expired'), says('past exp ⇔ expired')).toBe(pastExpiry);
  expect(has(findings, 'expired', 'expired'), says('status expired ⇔ expired/expired')).toBe(window.status === 'expired');
  expect(has(findings, 'expired', 'expiredWithinLeeway'), says('past exp, saved by the leeway ⇔ expired/expiredWithinLeeway')).toBe(pastExpiry && window.savedByLeeway);
  expect(has(findings, 'not-yet-valid'), says('not yet valid ⇔ not-yet-valid')).toBe(window.notYetValid);
  if (window.status === 'not-yet-valid') expect(has(findings, 'not-yet-valid'), says('status not-yet-valid ⇒ not-yet-valid')).toBe(true);
  expect(has(findings, 'iat-in-future'), says('issued in the future ⇔ iat-in-future')).toBe(window.issuedInFuture);
  expect(has(findings, 'time-claim-invalid', 'expNotAfterIat', 'expNotAfterNbf'), says('empty window ⇔ exp not after iat or nbf')).toBe(window.emptyWindow);

  const expUnreadable = window.unreadable.some((entry) => entry.claim === 'exp');
  expect(window.expiresAt === null, says('no usable exp ⇔ missing-exp, or exp not a NumericDate')).toBe(has(findings, 'missing-exp') || expUnreadable);
  if (window.status === 'no-expiry') expect(has(findings, 'missing-exp') || expUnreadable, says('status no-expiry ⇒ missing-exp, or exp not a NumericDate')).toBe(true);

  for (const claim of CLAIMS) {
    const value = Object.hasOwn(payload, claim) ? payload[claim] : undefined;
    const claimFindings = findings.filter((finding) => finding.ruleId === 'time-claim-invalid' && finding.params.claim === claim).map((finding) => finding.messageId);
    if (value === undefined) {
      expect(claimFindings, says(`${claim} absent ⇒ no time-claim-invalid`)).toEqual([]);
      continue;
    }
    // What the claims table shows in the claim's row.
    const reading = readNumericDate(value);
    const notes: string[] = reading.ok ? reading.notes : [];
    expect(window.unreadable.some((entry) => entry.claim === claim), says(`${claim} unreadable in the status ⇔ not a NumericDate in the row`)).toBe(!reading.ok);
    expect(claimFindings.some((id) => id === 'notNumber' || id === 'notFinite'), says(`${claim} not a NumericDate ⇔ notNumber/notFinite`)).toBe(!reading.ok);
    expect(claimFindings.includes('negative'), says(`${claim} negative note ⇔ negative`)).toBe(notes.includes('negative'));
    expect(claimFindings.includes('milliseconds'), says(`${claim} looks-like-milliseconds note ⇔ milliseconds`)).toBe(notes.includes('looks-like-milliseconds'));
    const neitherUnit = notes.includes('beyond-date-range') && !notes.includes('looks-like-milliseconds') && !notes.includes('negative');
    expect(claimFindings.includes('afterYear9999'), says(`${claim} beyond any date, not milliseconds ⇔ afterYear9999`)).toBe(neitherUnit);
    const odd = !reading.ok || ['negative', 'looks-like-milliseconds', 'beyond-date-range'].some((note) => notes.includes(note));
    expect(claimFindings.length > 0, says(`${claim} odd in the table ⇔ time-claim-invalid`)).toBe(odd);
  }
}

describe('the claims table and the findings agree on one claim', () => {
  const cases = NOWS.flatMap((now) =>
    CLAIMS.flatMap((claim) =>
      [...ODD_VALUES, ...valuesAround(now)].flatMap((value) => LEEWAYS.map((leeway) => ({ claim, value, now, leeway }))),
    ),
  );
  it.each(NOWS.flatMap((now) => CLAIMS.map((claim) => [claim, now] as const)))('%s at %d', (claim, now) => {
    for (const { value, leeway } of cases.filter((entry) => entry.claim === claim && entry.now === now)) {
      expectAgreement(judge(`{"${claim}":${value}}`, now, leeway), `${claim}=${value} now=${now} leeway=${leeway}`);
    }
  });
});

describe('the claims table and the findings agree on claims together', () => {
  const at = (offset: number) => String(TODAY + offset);
  it.each<[string, Partial<Record<ClaimName, string>>]>([
    ['a live token', { iat: at(-60), nbf: at(-60), exp: at(600) }],
    ['expired and not yet valid (status: expired)', { nbf: at(60), exp: at(-60) }],
    ['exp before nbf', { nbf: at(10), exp: at(5) }],
    ['exp equal to iat', { iat: at(0), exp: at(0) }],
    ['exp after nbf but before iat', { nbf: at(-100), iat: at(10), exp: at(5) }],
    ['iat in milliseconds beside seconds', { iat: `${TODAY * 1000}`, exp: at(3_600) }],
    ['exp in milliseconds beside seconds (exp "after" everything)', { iat: at(0), exp: `${TODAY * 1000}` }],
    ['exp 5e10 beside today', { iat: at(0), exp: '5e10' }],
    ['a quoted exp with a numeric nbf', { nbf: at(-10), exp: `"${at(600)}"` }],
    ['negative nbf, expired exp', { nbf: '-1', exp: at(-1) }],
    ['iat ahead beyond the skew, exp before it', { iat: at(ISSUED_AT_SKEW_SECONDS + 1), exp: at(ISSUED_AT_SKEW_SECONDS) }],
    ['floats straddling now', { nbf: at(-0.5), exp: at(0.5) }],
  ])('%s', (label, claims) => {
    const text = `{${Object.entries(claims).map(([name, value]) => `"${name}":${value}`).join(',')}}`;
    for (const leeway of LEEWAYS) expectAgreement(judge(text, TODAY, leeway), `${label} leeway=${leeway}`);
  });
});

// The cases the issue names, with the verdict written out, so a change of policy shows here first.
describe('the verdicts on the named odd values', () => {
  it.each<[string, string, TimeStatus, string[]]>([
    ['exp = 5e10 is seconds (year 3554): active, only its long life is flagged', '{"exp":5e10}', 'active', ['excessive-lifetime:remaining']],
    ['exp = 1.7e12 is milliseconds', '{"exp":1700000000000}', 'active', ['excessive-lifetime:remaining', 'time-claim-invalid:milliseconds']],
    ['exp = 32503680000 (year 3000) is seconds', '{"exp":32503680000}', 'active', ['excessive-lifetime:remaining']],
    ['exp = 1e20 is no date at all', '{"exp":1e20}', 'active', ['excessive-lifetime:remaining', 'json-parsing-anomaly:unsafeNumber', 'time-claim-invalid:afterYear9999']],
    ['exp = 1e400 is not finite', '{"exp":1e400}', 'no-expiry', ['json-parsing-anomaly:unsafeNumber', 'time-claim-invalid:notFinite']],
    ['exp = "NaN" is a string', '{"exp":"NaN"}', 'no-expiry', ['time-claim-invalid:notNumber']],
    ['exp = "1767225600" is a quoted number', '{"exp":"1767225600"}', 'no-expiry', ['time-claim-invalid:notNumber']],
    ['exp = -1 expired long ago', '{"exp":-1}', 'expired', ['expired:expired', 'time-claim-invalid:negative']],
    ['exp = 0 expired at the epoch', '{"exp":0}', 'expired', ['expired:expired']],
    ['exp half a second ahead', `{"exp":${TODAY + 0.5}}`, 'active', []],
    ['exp thirty seconds ago, no leeway', `{"exp":${TODAY - 30}}`, 'expired', ['expired:expired']],
    ['nbf = 1.7e12 is milliseconds, far in the future as seconds', '{"nbf":1700000000000}', 'not-yet-valid', ['missing-exp:noExpiry', 'not-yet-valid:notYetValid', 'time-claim-invalid:milliseconds']],
    ['iat two minutes ahead: within the skew', `{"iat":${TODAY + 120}}`, 'no-expiry', ['missing-exp:noExpiry']],
  ])('%s', (_label, payloadText, status, expected) => {
    const { window, findings } = judge(payloadText, TODAY, 0);
    const timeRules = new Set(['expired', 'not-yet-valid', 'iat-in-future', 'time-claim-invalid', 'missing-exp', 'excessive-lifetime', 'json-parsing-anomaly']);
    expect(window.status).toBe(status);
    expect(findings.filter((finding) => timeRules.has(finding.ruleId)).map((finding) => `${finding.ruleId}:${finding.messageId}`).sort()).toEqual([...expected].sort());
  });
});
