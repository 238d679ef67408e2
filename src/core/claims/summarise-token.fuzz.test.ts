import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { claimsObject, jsonObjectTree } from '../test-support/fuzz-arbitraries';
import { hostileHeader, hostilePayload } from '../test-support/prototype-names';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { readNumericDate } from './read-numeric-date';
import { summariseToken, type KindConfidence, type KindEvidence, type TokenKind, type TokenVendor } from './summarise-token';

const KINDS: ReadonlySet<string> = new Set(
  Object.keys({
    'id-token': 0,
    'access-token': 0,
    'refresh-token': 0,
    'logout-token': 0,
    'security-event': 0,
    'dpop-proof': 0,
    'client-assertion': 0,
    unknown: 0,
  } satisfies Record<TokenKind, 0>),
);
const CONFIDENCES: ReadonlySet<string> = new Set(Object.keys({ stated: 0, guessed: 0 } satisfies Record<KindConfidence, 0>));
const EVIDENCE_CODES: ReadonlySet<string> = new Set(
  Object.keys({
    'header-typ': 0,
    'token-use': 0,
    'keycloak-typ': 0,
    'token-type': 0,
    'logout-event': 0,
    'events-claim': 0,
    'dpop-claims': 0,
    'firebase-claim': 0,
    'id-token-claims': 0,
    'access-token-claims': 0,
    'profile-claims': 0,
    'client-assertion-shape': 0,
    none: 0,
  } satisfies Record<KindEvidence['code'], 0>),
);
const VENDORS: ReadonlySet<string> = new Set(Object.keys({ entra: 0, cognito: 0, keycloak: 0, auth0: 0, google: 0, firebase: 0 } satisfies Record<TokenVendor, 0>));

/** A header or claims set as the decoder hands it over: parsed JSON (prototype names as own members), or none. */
const part: fc.Arbitrary<JsonObject | null> = fc.oneof(
  fc.constant(null),
  jsonObjectTree.map((text) => JSON.parse(text) as JsonObject),
  claimsObject.map((claims) => claims as JsonObject),
  fc.oneof(hostileHeader, hostilePayload).map((object) => JSON.parse(JSON.stringify(object)) as JsonObject),
);

describe('summariseToken on any header and claims (fuzz)', () => {
  it('answers a known kind, confidence, evidence and vendor, and only own string claims as issuer, audiences and subject', () => {
    fc.assert(
      fc.property(part, part, (header, payload) => {
        const summary = withinTimeLimit('summariseToken', () => summariseToken(header, payload));
        expect(KINDS.has(summary.kind)).toBe(true);
        expect(CONFIDENCES.has(summary.confidence)).toBe(true);
        expect(EVIDENCE_CODES.has(summary.evidence.code)).toBe(true);
        expect(summary.vendor === null || VENDORS.has(summary.vendor)).toBe(true);
        const own = (name: string) => (payload !== null && Object.hasOwn(payload, name) ? payload[name] : undefined);
        const iss = own('iss');
        const sub = own('sub');
        const aud = own('aud');
        expect(summary.issuer).toBe(typeof iss === 'string' ? iss : null);
        expect(summary.subject).toBe(typeof sub === 'string' ? sub : null);
        expect(summary.audiences).toEqual(typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((item) => typeof item === 'string') : []);
        const exp = own('exp');
        expect(summary.expiry).toEqual(exp === undefined ? null : readNumericDate(exp));
        if ('value' in summary.evidence) expect(typeof summary.evidence.value).toBe('string');
        if ('claims' in summary.evidence) expect(summary.evidence.claims.every((name) => payload !== null && Object.hasOwn(payload, name))).toBe(true);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
