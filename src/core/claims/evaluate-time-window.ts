import { ownMember, type JsonObject } from '../json/json-value';
import { judgeTimeBounds, readNumericDate, readWindowOrder, type NumericDateProblem, type TimeBounds, type TimeJudgement } from './time-policy';
import type { UnixSeconds } from './unix-seconds';

/** The validity window at one moment, equal to the UI contract's `time-status` values. */
export type TimeStatus = 'active' | 'expired' | 'not-yet-valid' | 'no-expiry';

/** The claims that bound a token's life. */
export type TimeClaimName = 'exp' | 'nbf' | 'iat';

/** A time claim that is present but is not a NumericDate, so it was left out of the judgement. */
export interface UnreadableTimeClaim {
  claim: TimeClaimName;
  problem: NumericDateProblem;
}

/** The moment to judge at and the tolerance around `exp` and `nbf`. */
export interface TimeWindowOptions {
  nowSeconds: UnixSeconds;
  /** Clock skew tolerated on both edges, in seconds (RFC 7519 §4.1.4 "a small leeway"); normalised by the time policy. */
  leewaySeconds: number;
}

/** The outcome of `evaluateTimeWindow`: plain data, no formatted text and no `Date`. */
export interface TimeWindow {
  status: TimeStatus;
  nowSeconds: UnixSeconds;
  leewaySeconds: number;
  expiresAt: UnixSeconds | null;
  notBefore: UnixSeconds | null;
  issuedAt: UnixSeconds | null;
  /** `exp - now`: negative once past; null without a usable `exp`. Leeway not applied. */
  expiresInSeconds: number | null;
  /** `nbf - now`: positive while the token is not yet valid; null without a usable `nbf`. */
  validInSeconds: number | null;
  /** Whether the leeway is what keeps the token valid (it would be expired or not yet valid without it). */
  savedByLeeway: boolean;
  /** now < nbf − leeway, also when `status` says `expired` (which wins). */
  notYetValid: boolean;
  /** `iat` is later than now plus the policy's iat skew (or the leeway, if larger): the issuer's clock is ahead, or the token was forged. */
  issuedInFuture: boolean;
  /** `exp` is not after `nbf` or not after `iat`: no moment exists when the token is valid. */
  emptyWindow: boolean;
  unreadable: UnreadableTimeClaim[];
}

/** The usable `exp`, `nbf` and `iat` of a claims set, and which of them are present but not NumericDates. */
export interface TimeClaims extends TimeBounds {
  unreadable: UnreadableTimeClaim[];
}

/** Reads `exp`, `nbf` and `iat` as NumericDates; does not compare them with any time. */
export function readTimeClaims(claims: JsonObject): TimeClaims {
  const unreadable: UnreadableTimeClaim[] = [];
  const read = (claim: TimeClaimName): UnixSeconds | null => {
    const value = ownMember(claims, claim);
    if (value === undefined) return null;
    const reading = readNumericDate(value);
    if (reading.ok) return reading.seconds;
    unreadable.push({ claim, problem: reading.problem });
    return null;
  };
  return { expiresAt: read('exp'), notBefore: read('nbf'), issuedAt: read('iat'), unreadable };
}

/** A claims set's time claims as read, with the time policy's verdicts on them at one moment. */
export interface JudgedTimeClaims extends TimeClaims, TimeJudgement {}

/** Reads `exp`, `nbf` and `iat` and judges them at `nowSeconds` by the time policy; does not check their order or any other claim. */
export function judgeTimeClaims(claims: JsonObject, nowSeconds: UnixSeconds, leewaySeconds: number): JudgedTimeClaims {
  const bounds = readTimeClaims(claims);
  return { ...bounds, ...judgeTimeBounds(bounds, nowSeconds, leewaySeconds) };
}

/**
 * Judges `exp`, `nbf` and `iat` at `nowSeconds` by the time policy (RFC 7519 §4.1.4–4.1.6: expired once now ≥ exp +
 * leeway; not yet valid while now < nbf − leeway); does not check the signature, `iss`, `aud` or any other claim.
 */
export function evaluateTimeWindow(claims: JsonObject, { nowSeconds, leewaySeconds }: TimeWindowOptions): TimeWindow {
  const judged = judgeTimeClaims(claims, nowSeconds, leewaySeconds);
  const { expiresAt, notBefore, issuedAt, unreadable, expired, notYetValid } = judged;
  const order = readWindowOrder(judged);

  // A token that has expired can never become valid, so `expired` wins over `not-yet-valid`.
  const status: TimeStatus = expired ? 'expired' : notYetValid ? 'not-yet-valid' : expiresAt === null ? 'no-expiry' : 'active';
  return {
    status,
    nowSeconds,
    leewaySeconds: judged.leewaySeconds,
    expiresAt,
    notBefore,
    issuedAt,
    expiresInSeconds: expiresAt === null ? null : expiresAt - nowSeconds,
    validInSeconds: notBefore === null ? null : notBefore - nowSeconds,
    savedByLeeway: !expired && !notYetValid && (judged.pastExpiry || judged.beforeStart),
    notYetValid,
    issuedInFuture: judged.issuedInFuture,
    emptyWindow: order.expNotAfterIat || order.expNotAfterNbf,
    unreadable,
  };
}

/**
 * How much of the token's life has passed at `nowSeconds`, from `nbf` (or `iat`) to `exp`, clamped to
 * 0…1; null when the token has no usable start or end, or they are in the wrong order. Ignores leeway.
 */
export function measureLifetime(bounds: TimeBounds, nowSeconds: UnixSeconds): number | null {
  const start = bounds.notBefore ?? bounds.issuedAt;
  const end = bounds.expiresAt;
  if (start === null || end === null || end <= start) return null;
  return Math.min(1, Math.max(0, (nowSeconds - start) / (end - start)));
}
