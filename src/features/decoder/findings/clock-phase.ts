import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { JsonObject } from '../../../core/json/json-value';

/** The moment the clock rules are judged at, and what about it can change their outcome. */
export interface ClockPhase {
  nowSeconds: UnixSeconds;
  phase: string;
}

const DEFAULT_SKEW_SECONDS = 300;
const COMMON_LEEWAY_SECONDS = 60;

function finiteClaim(payload: JsonObject | null, name: string): number | null {
  const value = payload?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The clock rules depend on time only through exp, nbf and iat thresholds and the minute (remaining
 * lifetime), so findings are recomputed when one of those changes, not on every tick.
 */
export function readClockPhase(payload: JsonObject | null, nowSeconds: UnixSeconds, leewaySeconds: number): ClockPhase {
  const exp = finiteClaim(payload, 'exp');
  const nbf = finiteClaim(payload, 'nbf');
  const iat = finiteClaim(payload, 'iat');
  const flags = [
    exp !== null && nowSeconds >= exp,
    exp !== null && nowSeconds - exp <= Math.max(COMMON_LEEWAY_SECONDS, leewaySeconds),
    nbf !== null && nowSeconds < nbf,
    iat !== null && iat > nowSeconds + Math.max(DEFAULT_SKEW_SECONDS, leewaySeconds),
  ];
  return { nowSeconds, phase: `${Math.floor(nowSeconds / 60)}|${flags.join('|')}` };
}

/** Two phases are the same when the findings they give are the same. */
export function isSamePhase(a: ClockPhase, b: ClockPhase): boolean {
  return a.phase === b.phase;
}
