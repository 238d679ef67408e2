import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { hostileHeader, hostilePayload, PROTOTYPE_NAMES } from '../test-support/prototype-names';
import { evaluateTimeWindow } from './evaluate-time-window';
import { findGlossaryEntry } from './glossary';
import { summariseToken, type TokenKind } from './summarise-token';
import { asUnixSeconds } from './unix-seconds';

const KINDS: readonly TokenKind[] = ['id-token', 'access-token', 'refresh-token', 'logout-token', 'security-event', 'dpop-proof', 'client-assertion', 'unknown'];
const asJson = (value: Record<string, unknown>) => JSON.parse(JSON.stringify(value)) as JsonObject;
const options = { nowSeconds: asUnixSeconds(1_750_000_000), leewaySeconds: 0 };

describe('the claims with Object.prototype names as typ, claim names and header names', () => {
  it.each(PROTOTYPE_NAMES)('typ "%s" in the header or the payload states no kind', (name) => {
    for (const typ of [name, `application/${name}`, name.toUpperCase()]) {
      expect(summariseToken(asJson({ alg: 'HS256', typ }), asJson({ sub: 'x' }))).toMatchObject({ kind: 'unknown', confidence: 'guessed' });
      expect(summariseToken(asJson({ alg: 'HS256' }), asJson({ typ }))).toMatchObject({ kind: 'unknown', confidence: 'guessed' });
    }
  });

  it.each(PROTOTYPE_NAMES)('the glossary does not know a claim or header parameter named "%s"', (name) => {
    expect(findGlossaryEntry(name, 'payload')).toEqual({ match: 'unknown' });
    expect(findGlossaryEntry(name, 'header')).toEqual({ match: 'unknown' });
  });

  it('the summary and the time window read any hostile header and claims without throwing, as data of the known kinds', () => {
    fc.assert(
      fc.property(hostileHeader, hostilePayload, (header, payload) => {
        const summary = summariseToken(asJson(header), asJson(payload));
        expect(KINDS).toContain(summary.kind);
        expect(summary.audiences.every((audience) => typeof audience === 'string')).toBe(true);
        expect(['active', 'expired', 'not-yet-valid', 'no-expiry']).toContain(evaluateTimeWindow(asJson(payload), options).status);
        for (const name of [...Object.keys(header), ...Object.keys(payload)]) expect(['exact', 'pattern', 'unknown']).toContain(findGlossaryEntry(name, 'payload').match);
      }),
      { numRuns: 500 },
    );
  });
});
