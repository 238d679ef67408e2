import { useCallback } from 'react';
import { readTimeClaims } from '../../../../core/claims/evaluate-time-window';
import type { JsonObject } from '../../../../core/json/json-value';
import { useClock } from '../../../../platform/use-now';
import type { LearnSubject } from '../../learn-subject';

/** Where the learner's token stands in time: what the storage and revocation lessons say about it. */
export type Expiry =
  | { kind: 'unreadable' }
  | { kind: 'no-exp' }
  | { kind: 'expired'; agoSeconds: number }
  | { kind: 'expires'; inSeconds: number };

const MINUTE_MS = 60_000;

/** The learner's token's expiry against the clock, re-read once a minute. */
export function useExpiry(subject: LearnSubject): Expiry {
  const { payload } = subject.report;
  const select = useCallback((nowMs: number) => readExpiry(payload, nowMs / 1000), [payload]);
  return useClock(MINUTE_MS, select, isSameExpiry);
}

function readExpiry(payload: JsonObject | null, nowSeconds: number): Expiry {
  if (payload === null) return { kind: 'unreadable' };
  const { expiresAt } = readTimeClaims(payload);
  if (expiresAt === null) return { kind: 'no-exp' };
  const remaining = expiresAt - nowSeconds;
  return remaining > 0 ? { kind: 'expires', inSeconds: remaining } : { kind: 'expired', agoSeconds: -remaining };
}

function isSameExpiry(a: Expiry, b: Expiry): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'expires' && b.kind === 'expires') return Math.floor(a.inSeconds / 60) === Math.floor(b.inSeconds / 60);
  if (a.kind === 'expired' && b.kind === 'expired') return Math.floor(a.agoSeconds / 60) === Math.floor(b.agoSeconds / 60);
  return true;
}
