import { decodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict } from '../encoding/utf8';
import type { JsonObject } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import { findCritProblem } from './find-crit-problem';
import type { Refusal } from './jws-algorithms';
import type { ReasonParams } from './verification-result';
import { isNoneVariant } from '../findings/none-variant';

/** A compact JWS that passed every check that needs no key. */
export interface CompactJws {
  /** The token as given to jose: the three segments joined by dots. */
  token: string;
  header: JsonObject;
  alg: string;
}

/** The JWS ready for verification, or why it is refused without trying a key. */
export type CompactJwsReading = { ok: true; jws: CompactJws } | { ok: false; refusal: Refusal };

const PART_NAMES = ['header', 'payload', 'signature'] as const;

/** Extensions this verifier (jose) understands. */
const UNDERSTOOD_CRITICAL: ReadonlySet<string> = new Set(['b64']);

function refuse(reason: Refusal['reason'], params: ReasonParams = {}): CompactJwsReading {
  return { ok: false, refusal: { status: 'invalid', reason, params } };
}

/** Returns what makes a segment other than RFC 7515 §2 base64url (no padding, whitespace or other characters, unused trailing bits zero), or null. */
export function findBase64UrlProblem(segment: string): ReasonParams | null {
  const decoded = decodeBase64Url(segment);
  if (!decoded.ok) {
    return decoded.error.code === 'base64-invalid-character'
      ? { problem: 'invalid-character', position: decoded.error.position, character: decoded.error.character }
      : { problem: 'invalid-length', length: decoded.error.length };
  }
  if (decoded.notes.includes('standard-alphabet')) return { problem: 'standard-alphabet', position: segment.search(/[+/]/) };
  if (decoded.notes.includes('padding')) return { problem: 'padding', position: segment.indexOf('=') };
  if (decoded.notes.includes('non-zero-trailing-bits')) return { problem: 'non-zero-trailing-bits', position: segment.length - 1 };
  return null;
}

/**
 * Returns the protected header and `alg` of a compact JWS after the checks that need no key:
 * three segments, strict base64url, a UTF-8 JSON object header with a string `alg` that is not
 * `none` in any case, an understood `crit`, a non-empty signature. Does not check the signature.
 */
export function readCompactJws(input: string): CompactJwsReading {
  const token = input.trim();
  const segments = token.split('.');
  if (segments.length !== 3) return refuse('token-not-compact-jws', { parts: segments.length });
  const [headerSegment = '', , signatureSegment = ''] = segments;

  const headerProblem = findBase64UrlProblem(headerSegment);
  if (headerProblem !== null) return refuse('segment-not-base64url', { part: 'header', ...headerProblem });
  const headerBytes = decodeBase64Url(headerSegment);
  const headerText = headerBytes.ok ? decodeUtf8Strict(headerBytes.bytes) : null;
  if (headerText === null || !headerText.ok) return refuse('header-not-utf8', { byteOffset: headerText?.ok === false ? headerText.byteOffset : 0 });
  const parsed = parseJson(headerText.text);
  if (!parsed.ok) return refuse('header-not-json', { problem: parsed.error.code, position: parsed.error.position });
  const header = parsed.value;
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return refuse('header-not-object');

  // RFC 7797: with b64 false (and listed in crit) the payload segment is the raw payload.
  const unencodedPayload = header.b64 === false && Array.isArray(header.crit) && header.crit.includes('b64');
  for (let i = 1; i < 3; i++) {
    if (i === 1 && unencodedPayload) continue;
    const problem = findBase64UrlProblem(segments[i] ?? '');
    if (problem !== null) return refuse('segment-not-base64url', { part: PART_NAMES[i] ?? 'payload', ...problem });
  }

  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') return refuse('alg-missing');
  if (isNoneVariant(alg)) return refuse('alg-none', { alg });
  const critProblem = findCritProblem(header, UNDERSTOOD_CRITICAL);
  if (critProblem !== null) return refuse(critProblem.reason, critProblem.params);
  if (signatureSegment === '') return refuse('signature-empty', { alg });
  return { ok: true, jws: { token, header, alg } };
}
