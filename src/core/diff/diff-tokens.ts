import type { InspectionReport, OffsetRange } from '../inspect-token';
import type { JsonValue } from '../json/json-value';
import { findTokenParts } from '../token/find-token-parts';
import { createCanonicalJson, type CanonicalJson } from './canonical-json';
import { diffCharacters } from './diff-characters';
import { diffJsonMembers, type MemberDiff, type MemberDiffs } from './member-diff';

/**
 * How one part of two tokens compares: the same encoded bytes, the same decoded value in other bytes
 * (whitespace, member order, escapes), different, or absent from both (a JWE's payload).
 */
export type PartComparison = 'same-bytes' | 'same-value' | 'different' | 'absent';

/** The changed characters of the dot-separated part at `index` on each side. */
export interface SegmentDiff {
  index: number;
  /** In the left token's segment at `index` (empty when it has none). */
  left: OffsetRange[];
  right: OffsetRange[];
  /** The comparison hit its work cap: the whole run between the first and last difference is marked. */
  capped: boolean;
}

/** Two tokens compared: member by member, part by part and character by character; codes and numbers only. */
export interface TokenDiff {
  /** Header members, then payload members (a payload that is not a JSON object is one row, `/payload`). */
  rows: MemberDiff[];
  /** A part had more rows than `MAX_DIFF_ROWS`. */
  rowsTruncated: boolean;
  segments: SegmentDiff[];
  header: PartComparison;
  payload: PartComparison;
  /** Both texts are the same token (after the decoder's normalisation). */
  identical: boolean;
  /**
   * Header and payload hold the same members and values, yet their bytes differ: what the signature
   * covers (the signing input) is not the same, so one signature cannot serve both.
   */
  sameClaimsDifferentBytes: boolean;
}

type PartRole = 'header' | 'payload';

function partValue(report: InspectionReport, role: PartRole): JsonValue | null {
  if (role === 'header') return report.header;
  return report.payload ?? report.payloadText;
}

function comparePart(left: InspectionReport, right: InspectionReport, role: PartRole, canonical: CanonicalJson): PartComparison {
  const leftSegment = findTokenParts(left.decoded)[role]?.segment;
  const rightSegment = findTokenParts(right.decoded)[role]?.segment;
  if (leftSegment === undefined && rightSegment === undefined) return 'absent';
  if (leftSegment === rightSegment) return 'same-bytes';
  const leftValue = partValue(left, role);
  const rightValue = partValue(right, role);
  return leftValue !== null && rightValue !== null && canonical(leftValue) === canonical(rightValue) ? 'same-value' : 'different';
}

// A payload that is text, not a JSON object, has no members: it is compared whole, as one row.
function comparePayloads(left: InspectionReport, right: InspectionReport, canonical: CanonicalJson): MemberDiffs {
  const leftText = left.payload === null ? left.payloadText : null;
  const rightText = right.payload === null ? right.payloadText : null;
  if (leftText === null && rightText === null) return diffJsonMembers('payload', left.payload, right.payload, canonical);
  const leftValue = partValue(left, 'payload');
  const rightValue = partValue(right, 'payload');
  const row: MemberDiff =
    leftValue === null ? { pointer: '/payload', depth: 0, change: 'added', moved: false, right: rightValue! }
    : rightValue === null ? { pointer: '/payload', depth: 0, change: 'removed', moved: false, left: leftValue }
    : { pointer: '/payload', depth: 0, change: canonical(leftValue) === canonical(rightValue) ? 'same' : 'changed', moved: false, left: leftValue, right: rightValue };
  return { rows: [row], truncated: false };
}

function diffSegments(left: InspectionReport, right: InspectionReport): SegmentDiff[] {
  const leftParts = left.decoded.kind === 'empty' ? [] : left.decoded.parts;
  const rightParts = right.decoded.kind === 'empty' ? [] : right.decoded.parts;
  return Array.from({ length: Math.max(leftParts.length, rightParts.length) }, (_, index) => ({
    index,
    ...diffCharacters(leftParts[index]?.segment ?? '', rightParts[index]?.segment ?? ''),
  }));
}

/**
 * Returns two inspected tokens compared: their header and payload members (`diffJsonMembers`), each
 * part's encoded characters (`diffCharacters`, capped), how each part's bytes and values compare,
 * and whether only the bytes differ. Verifies nothing, and does not judge times against now.
 */
export function diffTokens(left: InspectionReport, right: InspectionReport): TokenDiff {
  const canonical = createCanonicalJson();
  const header = diffJsonMembers('header', left.header, right.header, canonical);
  const payload = comparePayloads(left, right, canonical);
  const headerComparison = comparePart(left, right, 'header', canonical);
  const payloadComparison = comparePart(left, right, 'payload', canonical);
  const leftText = left.decoded.kind === 'empty' ? null : left.decoded.normalisation.text;
  const rightText = right.decoded.kind === 'empty' ? null : right.decoded.normalisation.text;
  const bothTokens = leftText !== null && rightText !== null;
  const sameValues = headerComparison !== 'different' && headerComparison !== 'absent' && payloadComparison !== 'different';
  return {
    rows: [...header.rows, ...payload.rows],
    rowsTruncated: header.truncated || payload.truncated,
    segments: diffSegments(left, right),
    header: headerComparison,
    payload: payloadComparison,
    identical: bothTokens && leftText === rightText,
    sameClaimsDifferentBytes: bothTokens && sameValues && (headerComparison === 'same-value' || payloadComparison === 'same-value'),
  };
}
