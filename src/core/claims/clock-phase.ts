import type { JsonObject } from '../json/json-value';
import { judgeTimeClaims } from './evaluate-time-window';
import { CLOCK_STEP_SECONDS, readRemainingSeconds } from './time-policy';
import type { UnixSeconds } from './unix-seconds';

/** The moment the clock rules are judged at, and what about it can change their outcome. */
export interface ClockPhase {
  nowSeconds: UnixSeconds;
  phase: string;
}

/**
 * The phase of `nowSeconds` for a payload: the time policy's verdicts on exp, nbf and iat plus the clock step
 * (counted to exp when there is one, as the remaining lifetime is), so findings are recomputed when one of those
 * changes, not on every tick. Does not look at a nested token's claims: their verdicts catch up at the next step.
 */
export function readClockPhase(payload: JsonObject | null, nowSeconds: UnixSeconds, leewaySeconds: number): ClockPhase {
  const { expiresAt, pastExpiry, expired, notYetValid, issuedInFuture } = judgeTimeClaims(payload ?? {}, nowSeconds, leewaySeconds);
  const step = expiresAt === null ? Math.floor(nowSeconds / CLOCK_STEP_SECONDS) : readRemainingSeconds(expiresAt, nowSeconds);
  return { nowSeconds, phase: [step, pastExpiry, expired, notYetValid, issuedInFuture].join('|') };
}

/** Whether two phases give the same clock findings; does not compare their moments. */
export function isSamePhase(a: ClockPhase, b: ClockPhase): boolean {
  return a.phase === b.phase;
}
