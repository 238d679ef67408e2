import type { InspectionReport } from '../../../../core/inspect-token';
import { ownMember, type JsonObject } from '../../../../core/json/json-value';
import type { PartName } from '../../../../core/token/decoded-token';
import type { Locale } from '../../../../i18n/locales';

/** One dot-separated part of the learner's token, as typed (after normalisation). */
export interface TokenSegment {
  name: PartName;
  text: string;
}

/** What the lessons can say about the learner's token; null wherever the token does not tell. */
export interface TokenFacts {
  /** `none` when the text is empty or does not split into a JWS or a JWE. */
  kind: 'jws' | 'jwe' | 'none';
  segments: readonly TokenSegment[];
  /** The header's `alg` when it is a string. */
  alg: string | null;
  /** The header's JSON text as it decoded (not re-indented). */
  headerText: string | null;
  payload: JsonObject | null;
  /** `exp − iat` in seconds, when both are numbers and `exp` comes after `iat`. */
  lifetimeSeconds: number | null;
}

function numberClaim(payload: JsonObject | null, name: string): number | null {
  const value = payload ? ownMember(payload, name) : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function readLifetime(payload: JsonObject | null): number | null {
  const iat = numberClaim(payload, 'iat');
  const exp = numberClaim(payload, 'exp');
  return iat !== null && exp !== null && exp > iat ? exp - iat : null;
}

/** Returns the facts a lesson can quote from an inspected token; it judges nothing (the findings do). */
export function readTokenFacts(report: InspectionReport): TokenFacts {
  const { decoded, header, payload } = report;
  if (decoded.kind !== 'jws' && decoded.kind !== 'jwe') {
    return { kind: 'none', segments: [], alg: null, headerText: null, payload: null, lifetimeSeconds: null };
  }
  const [first] = decoded.parts;
  const alg = header ? ownMember(header, 'alg') : undefined;
  return {
    kind: decoded.kind,
    segments: decoded.parts.map((part) => ({ name: part.name, text: part.segment })),
    alg: typeof alg === 'string' ? alg : null,
    headerText: first.decoding.ok && first.decoding.content.type === 'json' ? first.decoding.content.text : null,
    payload: decoded.kind === 'jws' ? payload : null,
    lifetimeSeconds: decoded.kind === 'jws' ? readLifetime(payload) : null,
  };
}

const LIFETIME_UNITS: readonly [Intl.NumberFormatOptions['unit'] & string, number][] = [
  ['year', 365 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** A lifetime in its largest whole unit, spelt out for a sentence: "59 minutes", "74 years", "59분". */
export function formatLifetime(locale: Locale, seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const [unit, size] = LIFETIME_UNITS.find(([, length]) => total >= length) ?? ['second', 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(Math.floor(total / size));
}
