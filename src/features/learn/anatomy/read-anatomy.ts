import { findGlossaryEntry, type GlossaryMatch } from '../../../core/claims/glossary';
import type { ClaimLocation } from '../../../core/claims/glossary-entry';
import { isShowableDate, readNumericDate } from '../../../core/claims/read-numeric-date';
import type { DecodeProblem, InspectionReport, JsonPartReport, OffsetRange } from '../../../core/inspect-token';
import { ownMember, type JsonObject } from '../../../core/json/json-value';
import type { PartName, StructureError, TokenPart } from '../../../core/token/decoded-token';
import { memberAnchor, partAnchor } from './anatomy-anchor';

/** Top-level members annotated per part; a payload with more lists the rest as a count. */
export const MAX_ANNOTATED_MEMBERS = 100;
/** Characters of a member's text shown; the rest is summed up as a count (a claim can be megabytes). */
export const MAX_SHOWN_CHARS = 600;
/** Characters of a part's segment shown (a ciphertext can be megabytes). */
export const MAX_SEGMENT_CHARS = 2000;

/** A shown excerpt of a longer text: its first characters and how many were left out. */
export interface Excerpt {
  text: string;
  omitted: number;
}

/** One top-level member of a JSON part, located in the segment and in the decoded bytes. */
export interface AnatomyMember {
  name: string;
  /** The path after `#/learn/`: `<part>/<name>` for a name the glossary knows, else `<part>/member-<n>`, so no name the token chose reaches a URL. */
  anchor: string;
  pointer: string;
  bytes: OffsetRange;
  chars: OffsetRange;
  /** The segment's characters that carry the member's bytes. */
  characters: Excerpt;
  /** The first (last) of those characters also carries bits of the byte before (after) the member. */
  partialStart: boolean;
  partialEnd: boolean;
  /** The member's decoded JSON text, from its name's opening quote to the end of its value. */
  json: Excerpt;
  glossary: GlossaryMatch;
  /** A NumericDate claim's value, when it can be shown as a date. */
  seconds: number | null;
}

/** One dot-separated part of the token and what the view says about it. */
export interface AnatomyRecord {
  part: PartName;
  anchor: string;
  segment: Excerpt;
  /** The segment's length in characters. */
  charCount: number;
  /** Null when the part did not decode. */
  byteLength: number | null;
  content: 'json' | 'text' | 'bytes' | 'none';
  /** A payload that decoded to text but not to JSON. */
  text: Excerpt | null;
  members: AnatomyMember[];
  /** Top-level members not annotated (past `MAX_ANNOTATED_MEMBERS`, or past the report's member cap). */
  moreMembers: boolean;
  problems: DecodeProblem[];
}

/** The learner's token as the anatomy shows it: its kind, its parts in order, and what broke its structure. */
export interface Anatomy {
  kind: 'empty' | 'jws' | 'jwe' | 'malformed';
  records: AnatomyRecord[];
  structure: StructureError | null;
  /** The header's `alg`, when it is a string. */
  alg: string | null;
}

const NO_ANATOMY: Anatomy = { kind: 'empty', records: [], structure: null, alg: null };

function excerpt(text: string, max = MAX_SHOWN_CHARS): Excerpt {
  return text.length > max ? { text: text.slice(0, max), omitted: text.length - max } : { text, omitted: 0 };
}

function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

function readMembers(part: TokenPart, json: JsonPartReport, where: ClaimLocation, values: JsonObject | null): AnatomyMember[] {
  const bytes = part.decoding.ok ? part.decoding.bytes : new Uint8Array();
  const topLevel = json.members.filter((member) => member.depth === 1).slice(0, MAX_ANNOTATED_MEMBERS);
  const anchored = new Set<string>();
  return topLevel.map((member, index) => {
    const name = unescapePointerToken(member.pointer.slice(1));
    const glossary = findGlossaryEntry(name, where);
    // Only a name the glossary lists (the vocabulary, not the learner's data) may appear in a URL, and only once.
    const byName = glossary.match === 'exact' && !anchored.has(name);
    if (byName) anchored.add(name);
    const numericDate = glossary.match !== 'unknown' && glossary.entry.kind === 'numeric-date' && values ? readNumericDate(ownMember(values, name) ?? null) : null;
    return {
      name,
      anchor: memberAnchor(part.name, byName ? name : `member-${index + 1}`),
      pointer: member.pointer,
      bytes: member.bytes,
      chars: member.chars,
      characters: excerpt(part.segment.slice(member.chars.start, member.chars.end)),
      // Character i carries bits [6i, 6i + 6): a byte edge that is not on a multiple of 6 bits splits a character.
      partialStart: (member.bytes.start * 8) % 6 !== 0,
      partialEnd: (member.bytes.end * 8) % 6 !== 0,
      json: excerpt(utf8.decode(bytes.subarray(member.bytes.start, member.bytes.end))),
      glossary,
      seconds: numericDate && isShowableDate(numericDate) ? numericDate.seconds : null,
    };
  });
}

function readRecord(part: TokenPart, report: InspectionReport): AnatomyRecord {
  // From the part itself: a malformed token's extra parts share the name `signature`.
  const problems: DecodeProblem[] = part.decoding.ok ? [] : [{ place: part.name, error: part.decoding.error }];
  const base = { part: part.name, anchor: partAnchor(part.name), segment: excerpt(part.segment, MAX_SEGMENT_CHARS), charCount: part.segment.length, text: null, members: [], moreMembers: false, problems };
  if (!part.decoding.ok) return { ...base, byteLength: null, content: 'none' };
  const { content, bytes } = part.decoding;
  const json = part.name === 'header' ? report.headerJson : part.name === 'payload' ? report.payloadJson : null;
  if (content.type === 'text') return { ...base, byteLength: bytes.length, content: 'text', text: excerpt(content.text) };
  if (content.type !== 'json' || !json) return { ...base, byteLength: bytes.length, content: content.type };
  const where: ClaimLocation = part.name === 'header' ? 'header' : 'payload';
  const members = readMembers(part, json, where, part.name === 'header' ? report.header : report.payload);
  const topLevelCount = json.members.filter((member) => member.depth === 1).length;
  return { ...base, byteLength: bytes.length, content: 'json', members, moreMembers: json.membersTruncated || topLevelCount > members.length };
}

/**
 * Returns the token's parts as the anatomy records them (segments, sizes, top-level members with
 * their glossary entries, problems); does not verify, decrypt, or judge any value.
 */
export function readAnatomy(report: InspectionReport): Anatomy {
  const { decoded } = report;
  if (decoded.kind === 'empty') return NO_ANATOMY;
  // A malformed token's extra parts are all named `signature`: the first stands for them.
  const parts = decoded.kind === 'malformed' ? decoded.parts.slice(0, 3) : decoded.parts;
  const alg = report.header ? ownMember(report.header, 'alg') : undefined;
  return {
    kind: decoded.kind,
    records: parts.map((part) => readRecord(part, report)),
    structure: decoded.kind === 'malformed' ? decoded.error : null,
    alg: typeof alg === 'string' ? alg : null,
  };
}

/** The record and element an anchor path names, or null when it names none of this token's. */
export function findAnchorTarget(anatomy: Anatomy, anchor: string): { part: PartName; anchor: string } | null {
  for (const record of anatomy.records) {
    if (record.anchor === anchor) return { part: record.part, anchor };
    const member = record.members.find((candidate) => candidate.anchor === anchor);
    if (member) return { part: record.part, anchor };
  }
  // A member this token lacks (`payload/exp` on a token without exp) still opens its part.
  const fallback = anatomy.records.find((record) => record.part === anchor.split('/')[0]);
  return fallback ? { part: fallback.part, anchor: fallback.anchor } : null;
}
