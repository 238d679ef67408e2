import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { evaluateTimeWindow, measureLifetime, readTimeClaims, type TimeStatus } from './evaluate-time-window';
import { ISSUED_AT_SKEW_SECONDS } from './time-policy';
import { asUnixSeconds } from './unix-seconds';

const NOW = asUnixSeconds(1_767_225_600); // 2026-01-01T00:00:00Z
const at = (offset: number) => asUnixSeconds(NOW + offset);

describe('evaluateTimeWindow', () => {
  it.each<[string, JsonObject, number, TimeStatus]>([
    ['no time claims', {}, 0, 'no-expiry'],
    ['only iat', { iat: at(-60) }, 0, 'no-expiry'],
    ['exp ahead', { exp: at(60) }, 0, 'active'],
    ['exp one second ahead', { exp: at(1) }, 0, 'active'],
    ['exp exactly now (RFC 7519: now must be before exp)', { exp: at(0) }, 0, 'expired'],
    ['exp passed', { exp: at(-1) }, 0, 'expired'],
    ['exp passed, within the leeway', { exp: at(-30) }, 60, 'active'],
    ['exp passed by exactly the leeway', { exp: at(-60) }, 60, 'expired'],
    ['nbf exactly now (valid from nbf on)', { nbf: at(0), exp: at(60) }, 0, 'active'],
    ['nbf ahead', { nbf: at(1), exp: at(60) }, 0, 'not-yet-valid'],
    ['nbf ahead, within the leeway', { nbf: at(30), exp: at(600) }, 60, 'active'],
    ['nbf ahead without exp', { nbf: at(30) }, 0, 'not-yet-valid'],
    ['nbf passed without exp', { nbf: at(-30) }, 0, 'no-expiry'],
    ['nbf ahead and exp passed (never valid): expired wins', { nbf: at(60), exp: at(-60) }, 0, 'expired'],
    ['a fractional exp just ahead', { exp: at(0.5) }, 0, 'active'],
    ['exp written in milliseconds (read as seconds: far future)', { exp: 1_767_225_600_000 }, 0, 'active'],
    ['exp of 5e10 (year 3554 read as seconds)', { exp: 5e10 }, 0, 'active'],
    ['exp beyond the Date range', { exp: 1e15 }, 0, 'active'],
    ['a negative exp', { exp: -1 }, 0, 'expired'],
    ['exp as a string is left out', { exp: String(at(-60)) }, 0, 'no-expiry'],
    ['exp as an array is left out', { exp: [at(-60)] }, 0, 'no-expiry'],
    ['a negative leeway counts as none', { exp: at(-1) }, -100, 'expired'],
    ['a NaN leeway counts as none', { exp: at(-1) }, Number.NaN, 'expired'],
  ])('%s → %s', (_label, claims, leewaySeconds, status) => {
    expect(evaluateTimeWindow(claims, { nowSeconds: NOW, leewaySeconds }).status).toBe(status);
  });

  it('reports the distances, leaving the leeway out of them', () => {
    expect(evaluateTimeWindow({ exp: at(90), nbf: at(-10), iat: at(-10) }, { nowSeconds: NOW, leewaySeconds: 5 })).toEqual({
      status: 'active',
      nowSeconds: NOW,
      leewaySeconds: 5,
      expiresAt: at(90),
      notBefore: at(-10),
      issuedAt: at(-10),
      expiresInSeconds: 90,
      validInSeconds: -10,
      savedByLeeway: false,
      notYetValid: false,
      issuedInFuture: false,
      emptyWindow: false,
      unreadable: [],
    });
  });

  it.each<[string, JsonObject, number, boolean]>([
    ['expired but inside the leeway', { exp: at(-5) }, 10, true],
    ['early but inside the leeway', { nbf: at(5), exp: at(60) }, 10, true],
    ['valid without the leeway', { exp: at(5) }, 10, false],
    ['expired even with the leeway', { exp: at(-20) }, 10, false],
  ])('saved by the leeway when %s: %s', (_label, claims, leewaySeconds, saved) => {
    expect(evaluateTimeWindow(claims, { nowSeconds: NOW, leewaySeconds }).savedByLeeway).toBe(saved);
  });

  it.each<[string, JsonObject, number, boolean]>([
    ['iat ahead beyond the iat skew', { iat: at(ISSUED_AT_SKEW_SECONDS + 1) }, 0, true],
    ['iat two minutes ahead: within the iat skew, as the iat-in-future rule judges', { iat: at(120) }, 0, false],
    ['iat ahead, within the leeway', { iat: at(30) }, 60, false],
    ['iat ahead beyond the skew, within a larger leeway', { iat: at(500) }, 600, false],
    ['iat now', { iat: at(0) }, 0, false],
  ])('issued in the future when %s: %s', (_label, claims, leewaySeconds, future) => {
    expect(evaluateTimeWindow(claims, { nowSeconds: NOW, leewaySeconds }).issuedInFuture).toBe(future);
  });

  it.each<[string, JsonObject, boolean]>([
    ['exp before nbf', { nbf: at(10), exp: at(5) }, true],
    ['exp equal to iat', { iat: at(0), exp: at(0) }, true],
    ['exp after iat', { iat: at(0), exp: at(1) }, false],
    ['exp after nbf but before iat (issued after it ended)', { nbf: at(-10), iat: at(10), exp: at(5) }, true],
    ['exp without a start', { exp: at(1) }, false],
  ])('empty window when %s: %s', (_label, claims, empty) => {
    expect(evaluateTimeWindow(claims, { nowSeconds: NOW, leewaySeconds: 0 }).emptyWindow).toBe(empty);
  });

  it.each<[string, JsonObject, number, boolean]>([
    ['nbf ahead', { nbf: at(1) }, 0, true],
    ['nbf ahead, within the leeway', { nbf: at(30) }, 60, false],
    ['nbf ahead and exp passed: the status says expired', { nbf: at(60), exp: at(-60) }, 0, true],
    ['nbf passed', { nbf: at(-1) }, 0, false],
  ])('not yet valid when %s: %s', (_label, claims, leewaySeconds, early) => {
    expect(evaluateTimeWindow(claims, { nowSeconds: NOW, leewaySeconds }).notYetValid).toBe(early);
  });

  it('lists present time claims that are not NumericDates', () => {
    expect(evaluateTimeWindow({ exp: 'soon', nbf: null, iat: true }, { nowSeconds: NOW, leewaySeconds: 0 }).unreadable).toEqual([
      { claim: 'exp', problem: { code: 'string' } },
      { claim: 'nbf', problem: { code: 'null' } },
      { claim: 'iat', problem: { code: 'boolean' } },
    ]);
  });

  it('ignores inherited names: a payload of {} has no exp', () => {
    const claims = JSON.parse('{"__proto__": {"exp": 1}}') as JsonObject;
    expect(readTimeClaims(claims).expiresAt).toBeNull();
  });
});

describe('measureLifetime', () => {
  it.each<[string, Parameters<typeof measureLifetime>[0], number, number | null]>([
    ['halfway from iat to exp', { issuedAt: at(-50), notBefore: null, expiresAt: at(50) }, NOW, 0.5],
    ['nbf is the start when present', { issuedAt: at(-90), notBefore: at(-50), expiresAt: at(50) }, NOW, 0.5],
    ['before the start', { issuedAt: at(10), notBefore: null, expiresAt: at(20) }, NOW, 0],
    ['after the end', { issuedAt: at(-20), notBefore: null, expiresAt: at(-10) }, NOW, 1],
    ['no end', { issuedAt: at(-20), notBefore: null, expiresAt: null }, NOW, null],
    ['no start', { issuedAt: null, notBefore: null, expiresAt: at(10) }, NOW, null],
    ['end before start', { issuedAt: at(10), notBefore: null, expiresAt: at(5) }, NOW, null],
  ])('%s', (_label, bounds, nowSeconds, fraction) => {
    expect(measureLifetime(bounds, asUnixSeconds(nowSeconds))).toBe(fraction);
  });
});
