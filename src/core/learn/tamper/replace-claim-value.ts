import { parseJson } from '../../json/parse-json';
import { readJsonMembers, type JsonMember } from '../../json/read-json-members';
import { decodeTextSegment, encodeTextSegment, joinJwsSegments, splitJwsSegments, type JwsSegments } from '../../token/jws-segments';

/** The token with one claim's value replaced, or why not. */
export type ClaimReplacement = { ok: true; token: string } | { ok: false; code: 'not-compact-jws' | 'payload-not-json' | 'claim-not-found' | 'value-not-json' };

type PayloadReading = { ok: true; segments: JwsSegments; text: string; members: JsonMember[] } | { ok: false; code: 'not-compact-jws' | 'payload-not-json' };

function readPayloadMembers(token: string): PayloadReading {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const text = decodeTextSegment(segments.payload);
  const reading = text === null ? null : readJsonMembers(text, { topLevelOnly: true });
  if (text === null || reading === null || reading.error !== null) return { ok: false, code: 'payload-not-json' };
  return { ok: true, segments, text, members: reading.members };
}

// The last occurrence of a repeated name: the one most JSON readers keep.
function findClaim(members: readonly JsonMember[], name: string): JsonMember | undefined {
  return members.findLast((member) => member.name === name);
}

/** Returns the names of the payload's top-level members in the order written (repeats kept), or [] when it is not JSON. */
export function listClaimNames(token: string): string[] {
  const payload = readPayloadMembers(token);
  return payload.ok ? payload.members.map((member) => member.name) : [];
}

/** Returns the JSON text of the payload's top-level member `name` as written (its last occurrence), or null when there is none. */
export function readClaimValueText(token: string, name: string): string | null {
  const payload = readPayloadMembers(token);
  const member = payload.ok ? findClaim(payload.members, name) : undefined;
  return payload.ok && member !== undefined ? payload.text.slice(member.valueStart, member.end) : null;
}

/**
 * Returns the token with the value of the payload's top-level member `name` (its last occurrence)
 * replaced by `valueJson`, every other byte of the payload as written. Does not re-sign.
 */
export function replaceClaimValue(token: string, name: string, valueJson: string): ClaimReplacement {
  const payload = readPayloadMembers(token);
  if (!payload.ok) return payload;
  const member = findClaim(payload.members, name);
  if (member === undefined) return { ok: false, code: 'claim-not-found' };
  const value = valueJson.trim();
  if (!parseJson(value).ok) return { ok: false, code: 'value-not-json' };
  const { text, segments } = payload;
  const edited = text.slice(0, member.valueStart) + value + text.slice(member.end);
  return { ok: true, token: joinJwsSegments({ ...segments, payload: encodeTextSegment(edited) }) };
}
