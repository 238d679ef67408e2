import { parseJson } from '../../json/parse-json';
import { readJsonMembers } from '../../json/read-json-members';
import { decodeTextSegment, encodeTextSegment, joinJwsSegments, splitJwsSegments } from './jws-segments';

/** The token with one claim's value replaced, or why not. */
export type ClaimReplacement = { ok: true; token: string } | { ok: false; code: 'not-compact-jws' | 'payload-not-json' | 'claim-not-found' | 'value-not-json' };

/** Returns the names of the payload's top-level members in the order written (repeats kept), or [] when it is not a JSON object. */
export function listClaimNames(token: string): string[] {
  const segments = splitJwsSegments(token);
  const text = segments === null ? null : decodeTextSegment(segments.payload);
  if (text === null) return [];
  const reading = readJsonMembers(text, { topLevelOnly: true });
  return reading.error === null ? reading.members.map((member) => member.name) : [];
}

/**
 * Returns the token with the value of the payload's top-level member `name` (its last occurrence,
 * the one most readers keep) replaced by `valueJson`, every other byte of the payload as written.
 * Does not re-sign.
 */
export function replaceClaimValue(token: string, name: string, valueJson: string): ClaimReplacement {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const text = decodeTextSegment(segments.payload);
  const reading = text === null ? null : readJsonMembers(text, { topLevelOnly: true });
  if (text === null || reading === null || reading.error !== null) return { ok: false, code: 'payload-not-json' };
  const member = reading.members.findLast((candidate) => candidate.name === name);
  if (member === undefined) return { ok: false, code: 'claim-not-found' };
  const value = valueJson.trim();
  if (!parseJson(value).ok) return { ok: false, code: 'value-not-json' };
  const payload = text.slice(0, member.valueStart) + value + text.slice(member.end);
  return { ok: true, token: joinJwsSegments({ ...segments, payload: encodeTextSegment(payload) }) };
}
