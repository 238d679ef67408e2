import type { TimeStatus } from '../../../core/claims/evaluate-time-window';
import type { ValueKind } from '../../../core/claims/glossary-entry';
import type { NumericDateNote, NumericDateProblem } from '../../../core/claims/read-numeric-date';
import type { KindEvidence, TokenKind } from '../../../core/claims/summarise-token';
import type { JsonType } from '../../../core/claims/value-kind';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';

// Core codes to catalogue keys. Records over the unions, so a new code is a compile error here.

export const STATUS_LABEL_KEYS: Record<TimeStatus, MessageKey> = {
  active: 'claims.status.active',
  expired: 'claims.status.expired',
  'not-yet-valid': 'claims.status.notYetValid',
  'no-expiry': 'claims.status.noExpiry',
};

export const STATUS_TEXT_KEYS: Record<TimeStatus, MessageKey> = {
  active: 'claims.status.activeText',
  expired: 'claims.status.expiredText',
  'not-yet-valid': 'claims.status.notYetValidText',
  'no-expiry': 'claims.status.noExpiryText',
};

export const DATE_NOTE_KEYS: Record<Exclude<NumericDateNote, 'looks-like-milliseconds'>, MessageKey> = {
  fractional: 'claims.date.fractional',
  negative: 'claims.date.negative',
  'beyond-date-range': 'claims.date.beyondRange',
};

/** The sentence for a value that is not a NumericDate; `formatSeconds` renders the number a quoted one would be. */
export function describeDateProblem(problem: NumericDateProblem, formatSeconds: (seconds: number) => string): { key: MessageKey; values?: MessageValues } {
  switch (problem.code) {
    case 'string':
      return { key: 'claims.date.string' };
    case 'numeric-string':
      return { key: 'claims.date.numericString', values: { date: formatSeconds(problem.seconds) } };
    case 'boolean':
      return { key: 'claims.date.boolean' };
    case 'null':
      return { key: 'claims.date.null' };
    case 'array':
      return { key: 'claims.date.array', values: { length: problem.length } };
    case 'object':
      return { key: 'claims.date.object' };
    case 'not-finite':
      return { key: 'claims.date.notFinite' };
  }
}

/** ICU `select` keys cannot hold hyphens, so kinds are passed under these names. */
export const KIND_SELECT: Record<TokenKind, string> = {
  'id-token': 'id_token',
  'access-token': 'access_token',
  'refresh-token': 'refresh_token',
  'logout-token': 'logout_token',
  'security-event': 'security_event',
  'dpop-proof': 'dpop_proof',
  'client-assertion': 'client_assertion',
  unknown: 'unknown',
};

export const VALUE_KIND_SELECT: Record<ValueKind, string> = {
  'numeric-date': 'numeric_date',
  string: 'string',
  'string-or-uri': 'string',
  uri: 'string',
  'space-separated-string': 'string',
  base64url: 'string',
  'string-or-uri-array': 'string_or_array',
  'string-array': 'string_array',
  'base64-array': 'string_array',
  boolean: 'boolean',
  number: 'number',
  integer: 'integer',
  object: 'object',
  jwk: 'object',
};

export const JSON_TYPE_SELECT: Record<JsonType, string> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  array: 'array',
  object: 'object',
};

export const EVIDENCE_KEYS: Record<KindEvidence['code'], MessageKey> = {
  'header-typ': 'claims.summary.evidence.headerTyp',
  'token-use': 'claims.summary.evidence.tokenUse',
  'keycloak-typ': 'claims.summary.evidence.keycloakTyp',
  'token-type': 'claims.summary.evidence.tokenType',
  'logout-event': 'claims.summary.evidence.logoutEvent',
  'events-claim': 'claims.summary.evidence.eventsClaim',
  'dpop-claims': 'claims.summary.evidence.dpopClaims',
  'firebase-claim': 'claims.summary.evidence.firebaseClaim',
  'id-token-claims': 'claims.summary.evidence.idTokenClaims',
  'access-token-claims': 'claims.summary.evidence.accessTokenClaims',
  'profile-claims': 'claims.summary.evidence.profileClaims',
  'client-assertion-shape': 'claims.summary.evidence.clientAssertion',
  none: 'claims.summary.evidence.none',
};

/** The placeholders an evidence message takes: a quoted value or a list of claim names. */
export function evidenceValues(evidence: KindEvidence, formatList: (items: string[]) => string): MessageValues {
  if ('value' in evidence) return { value: evidence.value };
  if ('claims' in evidence) return { claims: formatList(evidence.claims) };
  return {};
}
