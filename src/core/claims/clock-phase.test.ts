import { describe, expect, it } from 'vitest';
import { RULES } from '../findings/registry';
import { runSecurityRules } from '../findings/run-security-rules';
import type { JsonObject } from '../json/json-value';
import { decodeToken } from '../token/decode-token';
import { isSamePhase, readClockPhase } from './clock-phase';
import { ISSUED_AT_SKEW_SECONDS } from './time-policy';
import { asUnixSeconds, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './unix-seconds';

const T = 1_767_225_600; // 2026-01-01T00:00:00Z, a whole minute

function same(payload: JsonObject | null, leewaySeconds: number, a: number, b: number): boolean {
  return isSamePhase(readClockPhase(payload, asUnixSeconds(a), leewaySeconds), readClockPhase(payload, asUnixSeconds(b), leewaySeconds));
}

describe('readClockPhase', () => {
  it.each<[string, JsonObject | null, number, number, number, boolean]>([
    ['no payload, within one minute', null, 0, T, T + 59, true],
    ['no payload, across a minute', null, 0, T + 59, T + 60, false],
    ['no time claims, within one minute', { sub: 'x' }, 0, T + 1, T + 30, true],
    ['exp far ahead, a few seconds later', { exp: T + 10 * SECONDS_PER_HOUR }, 0, T + 10, T + 20, true],
    ['the second exp is reached', { exp: T + 30 }, 0, T + 29, T + 30, false],
    ['past exp, within the step', { exp: T + 30 }, 0, T + 31, T + 40, true],
    ['the leeway runs out', { exp: T }, 60, T + 59, T + 60, false],
    ['the minute left to exp turns over', { exp: T + 30 }, 0, T - 30, T - 29, false],
    ['nbf comes (no leeway)', { nbf: T + 30 }, 0, T + 29, T + 30, false],
    ['nbf comes, less the leeway', { nbf: T + 30 }, 20, T + 9, T + 10, false],
    ['iat stops being too far ahead', { iat: T + ISSUED_AT_SKEW_SECONDS + 30 }, 0, T + 29, T + 30, false],
    ['a string exp is not a time', { exp: String(T + 30) }, 0, T + 29, T + 30, true],
    ['exp in milliseconds is far future', { exp: (T + 30) * 1000 }, 0, T + 29, T + 30, true],
  ])('%s: same phase = %s', (_label, payload, leewaySeconds, a, b, expected) => {
    expect(same(payload, leewaySeconds, a, b)).toBe(expected);
  });

  it('keeps the moment it was read at', () => {
    expect(readClockPhase({ exp: T }, asUnixSeconds(T + 5), 0).nowSeconds).toBe(T + 5);
  });
});

// The point of the phase: inside one phase the clock rules cannot change their verdicts.
describe('readClockPhase and the clock rules', () => {
  const CLOCK_RULES = new Set(RULES.filter((rule) => rule.meta.needs.includes('clock')).map((rule) => rule.meta.id));
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const verdicts = (payload: JsonObject, nowSeconds: number, leewaySeconds: number) =>
    runSecurityRules({ decoded: decodeToken(`${encode({ alg: 'HS256' })}.${encode(payload)}.c2ln`), clock: { nowSeconds: asUnixSeconds(nowSeconds), leewaySeconds } })
      .filter((finding) => CLOCK_RULES.has(finding.ruleId))
      .map((finding) => `${finding.ruleId}:${finding.messageId}:${finding.severity}:${finding.params.lifetimeSeconds ?? ''}`)
      .join(' ');

  const NEAR = { iat: T + ISSUED_AT_SKEW_SECONDS + 20, nbf: T + 10, exp: T + 40, scope: 'read' };
  it.each<[string, JsonObject, number, number[]]>([
    ['exp, nbf and iat within a minute of now', NEAR, 0, [T]],
    ['the same with a leeway', NEAR, 15, [T]],
    ['remaining lifetime passing a day', { exp: T + SECONDS_PER_DAY + 30 }, 0, [T + 30]],
    ['remaining lifetime of an access token passing an hour', { exp: T + SECONDS_PER_HOUR + 30, client_id: 'c' }, 0, [T + 30]],
  ])('%s', (_label, payload, leewaySeconds, centres) => {
    for (const centre of centres) {
      let previous = verdicts(payload, centre - 70, leewaySeconds);
      for (let now = centre - 69; now <= centre + 70; now += 1) {
        const current = verdicts(payload, now, leewaySeconds);
        if (same(payload, leewaySeconds, now - 1, now)) expect(current, `${now - 1} → ${now}`).toBe(previous);
        previous = current;
      }
    }
  });
});
