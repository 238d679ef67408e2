import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding';
import { runSecurityRules } from '../findings/run-security-rules';
import type { JsonObject, JsonValue } from '../json/json-value';
import { claimsObject, leewaySeconds, nowSeconds, numberLexeme, wellFormedJws } from '../test-support/fuzz-arbitraries';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { decodeToken } from '../token/decode-token';
import { readJsonObject } from '../token/find-token-parts';
import { isSamePhase, readClockPhase } from './clock-phase';
import { evaluateTimeWindow, measureLifetime, type TimeClaimName, type TimeStatus } from './evaluate-time-window';
import { isShowableDate, readNumericDate, type NumericDateNote, type NumericDateProblem } from './read-numeric-date';
import { CLOCK_STEP_SECONDS, normaliseLeeway, readAsMilliseconds } from './time-policy';
import { asUnixSeconds, MAX_DATE_SECONDS } from './unix-seconds';

const STATUSES: ReadonlySet<string> = new Set(Object.keys({ active: 0, expired: 0, 'not-yet-valid': 0, 'no-expiry': 0 } satisfies Record<TimeStatus, 0>));
const NOTES: ReadonlySet<string> = new Set(Object.keys({ fractional: 0, negative: 0, 'looks-like-milliseconds': 0, 'beyond-date-range': 0 } satisfies Record<NumericDateNote, 0>));
const PROBLEMS: ReadonlySet<string> = new Set(
  Object.keys({ string: 0, 'numeric-string': 0, boolean: 0, null: 0, array: 0, object: 0, 'not-finite': 0 } satisfies Record<NumericDateProblem['code'], 0>),
);
const TIME_CLAIMS: readonly TimeClaimName[] = ['exp', 'nbf', 'iat'];

/** The claim's own value (never one of Object.prototype's members), or undefined. */
const ownClaim = (claims: JsonObject, name: string): JsonValue | undefined => (Object.hasOwn(claims, name) ? claims[name] : undefined);

describe('the time claims on any claims set, clock and leeway (fuzz)', () => {
  it('readNumericDate reads only finite numbers, with notes that match the number, and names every other kind', () => {
    fc.assert(
      fc.property(fc.oneof(numberLexeme.map((lexeme) => JSON.parse(lexeme) as number), fc.double(), fc.jsonValue()), (value) => {
        const reading = readNumericDate(value as JsonValue);
        if (!reading.ok) {
          expect(PROBLEMS.has(reading.problem.code)).toBe(true);
          expect(typeof value === 'number' ? reading.problem.code === 'not-finite' : true).toBe(true);
          if (reading.problem.code === 'numeric-string') expect(Number.isFinite(reading.problem.seconds)).toBe(true);
          return;
        }
        expect(typeof value === 'number' && Number.isFinite(value) && reading.seconds === value).toBe(true);
        const seconds = reading.seconds;
        expect(reading.notes.every((note) => NOTES.has(note))).toBe(true);
        expect(reading.notes.includes('fractional')).toBe(!Number.isInteger(seconds));
        expect(reading.notes.includes('negative')).toBe(seconds < 0);
        expect(reading.notes.includes('beyond-date-range')).toBe(Math.abs(seconds) > MAX_DATE_SECONDS);
        expect(reading.notes.includes('looks-like-milliseconds')).toBe(readAsMilliseconds(seconds) !== null);
        expect(isShowableDate(reading)).toBe(Math.abs(seconds) <= MAX_DATE_SECONDS);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('evaluateTimeWindow judges exactly the readable own claims, by RFC 7519 with the normalised leeway', () => {
    fc.assert(
      fc.property(claimsObject, nowSeconds, leewaySeconds, (claims, now, leeway) => {
        const window = withinTimeLimit('evaluateTimeWindow', () => evaluateTimeWindow(claims as JsonObject, { nowSeconds: asUnixSeconds(now), leewaySeconds: leeway }));
        const read = (name: TimeClaimName) => {
          const value = ownClaim(claims as JsonObject, name);
          if (value === undefined) return null;
          const reading = readNumericDate(value);
          return reading.ok ? reading.seconds : null;
        };
        const [exp, nbf, iat] = TIME_CLAIMS.map(read) as [number | null, number | null, number | null];
        const applied = normaliseLeeway(leeway);
        expect(STATUSES.has(window.status)).toBe(true);
        expect(window.nowSeconds).toBe(now);
        expect(window.leewaySeconds).toBe(applied);
        expect(Number.isFinite(window.leewaySeconds) && window.leewaySeconds >= 0).toBe(true);
        expect([window.expiresAt, window.notBefore, window.issuedAt]).toEqual([exp, nbf, iat]);
        expect(window.unreadable.map((entry) => entry.claim)).toEqual(TIME_CLAIMS.filter((name) => ownClaim(claims as JsonObject, name) !== undefined && read(name) === null));
        const expired = exp !== null && now >= exp + applied;
        const notYetValid = nbf !== null && now < nbf - applied;
        expect(window.status).toBe(expired ? 'expired' : notYetValid ? 'not-yet-valid' : exp === null ? 'no-expiry' : 'active');
        expect(window.notYetValid).toBe(notYetValid);
        expect(window.expiresInSeconds).toBe(exp === null ? null : exp - now);
        expect(window.validInSeconds).toBe(nbf === null ? null : nbf - now);
        for (const seconds of [window.expiresInSeconds, window.validInSeconds]) if (seconds !== null) expect(Number.isFinite(seconds)).toBe(true);
        expect(window.emptyWindow).toBe(exp !== null && ((iat !== null && exp <= iat) || (nbf !== null && exp <= nbf)));
        if (window.savedByLeeway) expect(['active', 'no-expiry']).toContain(window.status);
        const lifetime = measureLifetime(window, asUnixSeconds(now));
        if (lifetime !== null) expect(lifetime >= 0 && lifetime <= 1).toBe(true);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('the clock phase only stays the same while the clock findings stay the same', () => {
    fc.assert(
      fc.property(wellFormedJws, claimsObject, nowSeconds, fc.integer({ min: -3 * CLOCK_STEP_SECONDS, max: 3 * CLOCK_STEP_SECONDS }), leewaySeconds, (token, claims, now, step, leeway) => {
        // The token's own header and signature, with the generated time claims as its payload.
        const [header = '', , signature = ''] = token.split('.');
        const decoded = decodeToken(`${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`);
        const payload = decoded.kind === 'jws' ? readJsonObject(decoded.parts[1]) : null;
        const later = now + step;
        const phase = withinTimeLimit('readClockPhase', () => readClockPhase(payload, asUnixSeconds(now), leeway));
        const laterPhase = readClockPhase(payload, asUnixSeconds(later), leeway);
        expect(isSamePhase(phase, readClockPhase(payload, asUnixSeconds(now), leeway))).toBe(true);
        if (!isSamePhase(phase, laterPhase)) return;
        // Beyond what a Date holds, an exp is coarser than the clock step and the phase cannot tell minutes apart (reported, not judged here).
        const expValue = payload === null ? undefined : ownClaim(payload, 'exp');
        const exp = expValue === undefined ? null : readNumericDate(expValue);
        fc.pre(exp === null || !exp.ok || Math.abs(exp.seconds) <= MAX_DATE_SECONDS);
        // The view keeps the findings of `now` until the phase changes: they must be those of `later` too (a nested
        // token's aside), durations counted from now being at most one clock step behind.
        const findingsAt = (seconds: number) =>
          runSecurityRules({ decoded, clock: { nowSeconds: asUnixSeconds(seconds), leewaySeconds: leeway } }).filter((finding) => finding.inner !== true);
        const kept = findingsAt(now);
        const current = findingsAt(later);
        const withoutParams = (findings: Finding[]) => findings.map((finding) => ({ ...finding, params: Object.keys(finding.params) }));
        expect(withoutParams(current)).toEqual(withoutParams(kept));
        for (const [index, finding] of current.entries()) {
          for (const [name, value] of Object.entries(finding.params)) {
            const shown = kept[index]?.params[name];
            if (!name.endsWith('Seconds') || typeof value !== 'number' || typeof shown !== 'number') {
              expect(shown).toEqual(value);
              continue;
            }
            // Far from the epoch a double's spacing outgrows a second: the difference is then rounding, not time.
            expect(Math.abs(value - shown) <= CLOCK_STEP_SECONDS || Math.abs(value - shown) <= 4 * Number.EPSILON * Math.abs(value)).toBe(true);
          }
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
