import { formatJson } from './json/format-json';
import type { JsonObject } from './json/json-value';
import { readJsonMembers } from './json/read-json-members';
import { readNumberLexemes, type NumberDifference, type NumberLexeme } from './json/read-number-lexemes';
import { decodeToken } from './token/decode-token';
import type { DecodedToken, EncodingNote, PartError, PartName, StructureError, TokenPart } from './token/decoded-token';
import { findTokenParts, readJsonObject } from './token/find-token-parts';
import { findTokensInText, type TokenCandidate, type TokenSource } from './token/find-tokens-in-text';

/** A `[start, end)` range, 0-based, end-exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * One JSON object member of a decoded part: its RFC 6901 pointer, its bytes in the decoded part,
 * and the base64url characters of the part's segment that carry those bytes.
 */
export interface MemberSpan {
  pointer: string;
  /** 1 for a member of the top-level object. */
  depth: number;
  bytes: OffsetRange;
  /** `[floor(4·b0/3), ceil(4·b1/3))` of the bytes `[b0, b1)`, clamped to the segment. */
  chars: OffsetRange;
}

/** A part that decoded to JSON: its pretty text and where each member is. */
export interface JsonPartReport {
  /** Re-indented from the source lexemes, so numbers and escapes read as written. */
  pretty: string;
  members: MemberSpan[];
  /** More members exist than were located (hostile payloads with very many names). */
  membersTruncated: boolean;
  /** Numbers not written as JavaScript writes them (`1.0`, `9007199254740993`), for views that show values as written. */
  numbers: NumberLexeme[];
  /** More such numbers exist than were kept. */
  numbersTruncated: boolean;
}

/** Why (part of) the token could not be decoded, in the order a reader meets it. */
export type DecodeProblem =
  | { place: 'structure'; error: StructureError }
  | { place: PartName; error: PartError; /** The decoded text a JSON error points into. */ text?: string };

/** What the decoder tolerated or noticed on the way; not a judgement of the token (the findings are). */
export type DecodeNote =
  | { code: 'bearer' }
  | { code: 'quotes' }
  | { code: 'whitespace'; count: number }
  | { code: EncodingNote; part: PartName }
  | { code: 'duplicate-member'; part: PartName; name: string; pointer: string }
  /** Repeated names of the part beyond the `MAX_DUPLICATE_NOTES` noted one by one. */
  | { code: 'duplicate-members-omitted'; part: PartName; count: number }
  /** The pasted text was longer than the search cap: only its first `searchedChars` characters were searched for tokens. */
  | { code: 'search-limited'; searchedChars: number }
  /** A number JavaScript reads as another value (`reads`): the panes show `lexeme` as written. */
  | { code: 'number-reading'; part: PartName; pointer: string; lexeme: string; difference: NumberDifference; reads: string }
  /** Numbers of the part read as another value beyond the `MAX_NUMBER_NOTES` noted one by one. */
  | { code: 'number-readings-omitted'; part: PartName; count: number };

/** How the token shown was taken out of a larger text (a header, a curl line, a JSON body, a log). */
export interface TokenExtraction {
  /** Where the chosen token was found. */
  source: TokenSource;
  /** Every distinct token found, in order of appearance. */
  candidates: TokenCandidate[];
  /** Index into `candidates` of the token decoded in this report. */
  chosen: number;
}

/** Everything the views show about a token's text, computed once; plain serialisable data and codes. */
export interface InspectionReport {
  decoded: DecodedToken;
  /** The header when it decoded to a JSON object. */
  header: JsonObject | null;
  /** The JWS payload when it decoded to a JSON object. */
  payload: JsonObject | null;
  headerJson: JsonPartReport | null;
  payloadJson: JsonPartReport | null;
  /** The JWS payload's text when it decoded but is not JSON. */
  payloadText: string | null;
  /** What decoded of the header and payload before a bad base64url character, as text. */
  partialText: { header?: string; payload?: string };
  problems: DecodeProblem[];
  notes: DecodeNote[];
  /** Null when the text was decoded as a whole (it reads as one token, or no token was found in it). */
  extraction: TokenExtraction | null;
}

/** Returns the segment characters that carry bytes `[start, end)` of a part (the UI contract's formula). */
export function toSegmentRange(bytes: OffsetRange, segmentLength: number): OffsetRange {
  return { start: Math.min(segmentLength, Math.floor((4 * bytes.start) / 3)), end: Math.min(segmentLength, Math.ceil((4 * bytes.end) / 3)) };
}

function reportJson(part: TokenPart | undefined): JsonPartReport | null {
  if (!part?.decoding.ok || part.decoding.content.type !== 'json') return null;
  const { text } = part.decoding.content;
  const reading = readJsonMembers(text);
  const segmentLength = part.segment.length;
  const numbers = readNumberLexemes(text);
  return {
    pretty: formatJson(text),
    members: reading.members.map((member) => {
      const bytes = { start: member.byteStart, end: member.byteEnd };
      return { pointer: member.pointer, depth: member.depth, bytes, chars: toSegmentRange(bytes, segmentLength) };
    }),
    membersTruncated: reading.truncated,
    numbers: numbers.numbers,
    numbersTruncated: numbers.truncated,
  };
}

/** Numbers read as another value noted one by one per part; the rest are counted in one `number-readings-omitted` note. */
export const MAX_NUMBER_NOTES = 5;

function collectNumberNotes(part: PartName, report: JsonPartReport | null): DecodeNote[] {
  const differing = (report?.numbers ?? []).filter((number): number is NumberLexeme & { difference: NumberDifference } => number.difference !== null);
  const notes: DecodeNote[] = differing
    .slice(0, MAX_NUMBER_NOTES)
    .map(({ pointer, lexeme, difference, reads }) => ({ code: 'number-reading', part, pointer, lexeme, difference, reads }));
  if (differing.length > MAX_NUMBER_NOTES) notes.push({ code: 'number-readings-omitted', part, count: differing.length - MAX_NUMBER_NOTES });
  return notes;
}

function textOf(part: TokenPart | undefined): string | null {
  return part?.decoding.ok && part.decoding.content.type === 'text' ? part.decoding.content.text : null;
}

function partialTextOf(name: 'header' | 'payload', part: TokenPart | undefined): { header?: string; payload?: string } {
  return part && !part.decoding.ok && part.decoding.partial && part.decoding.text !== undefined ? { [name]: part.decoding.text } : {};
}

function collectProblems(decoded: Exclude<DecodedToken, { kind: 'empty' }>): DecodeProblem[] {
  const problems: DecodeProblem[] = decoded.kind === 'malformed' ? [{ place: 'structure', error: decoded.error }] : [];
  for (const part of decoded.parts) {
    if (part.decoding.ok) continue;
    const { error, text } = part.decoding;
    problems.push(text === undefined ? { place: part.name, error } : { place: part.name, error, text });
  }
  return problems;
}

/** Repeated names noted one by one per part; the rest are counted in one `duplicate-members-omitted` note. */
export const MAX_DUPLICATE_NOTES = 5;

function collectNotes(decoded: Exclude<DecodedToken, { kind: 'empty' }>): DecodeNote[] {
  const { normalisation } = decoded;
  const notes: DecodeNote[] = [];
  if (normalisation.removedBearerPrefix) notes.push({ code: 'bearer' });
  if (normalisation.removedQuotes) notes.push({ code: 'quotes' });
  if (normalisation.removedInnerWhitespace > 0) notes.push({ code: 'whitespace', count: normalisation.removedInnerWhitespace });
  for (const part of decoded.parts) {
    for (const note of part.encodingNotes) notes.push({ code: note, part: part.name });
    if (part.decoding.ok && part.decoding.content.type === 'json') {
      const { duplicates, omittedDuplicates = 0 } = part.decoding.content;
      for (const duplicate of duplicates.slice(0, MAX_DUPLICATE_NOTES)) {
        notes.push({ code: 'duplicate-member', part: part.name, name: duplicate.name, pointer: duplicate.pointer });
      }
      const more = Math.max(0, duplicates.length - MAX_DUPLICATE_NOTES) + omittedDuplicates;
      if (more > 0) notes.push({ code: 'duplicate-members-omitted', part: part.name, count: more });
    }
  }
  return notes;
}

const EMPTY_REPORT: Omit<InspectionReport, 'decoded'> = {
  header: null,
  payload: null,
  headerJson: null,
  payloadJson: null,
  payloadText: null,
  partialText: {},
  problems: [],
  notes: [],
  extraction: null,
};

function inspectCandidate(candidates: TokenCandidate[], chosen: number, searchNotes: DecodeNote[]): InspectionReport | null {
  const candidate = candidates[chosen];
  if (!candidate) return null;
  const report = inspectDecodedToken(decodeToken(candidate.token, candidate.start));
  return { ...report, notes: [...searchNotes, ...report.notes], extraction: { source: candidate.source, candidates, chosen } };
}

/**
 * Returns the one report of a token's text: decoded parts, header and payload values with their
 * pretty JSON and member spans, decode problems and notes. A text that is not itself a token (a
 * header, a curl line, a JSON body, a log) has its first token decoded and says so in `extraction`.
 * Synchronous and never throws; judges nothing (no signature, no time, no findings): those read this report.
 */
export function inspectToken(text: string): InspectionReport {
  const search = findTokensInText(text);
  if (search.kind === 'token') return inspectDecodedToken(decodeToken(text));
  const searchNotes: DecodeNote[] = search.limited ? [{ code: 'search-limited', searchedChars: search.searchedChars }] : [];
  const extracted = inspectCandidate(search.candidates, 0, searchNotes);
  if (extracted) return extracted;
  const whole = inspectDecodedToken(decodeToken(text));
  return { ...whole, notes: [...searchNotes, ...whole.notes] };
}

/**
 * Returns the report for another token found in the same text (`index` into `extraction.candidates`);
 * the report itself when it was not extracted, the index is unknown or already chosen.
 */
export function chooseTokenCandidate(report: InspectionReport, index: number): InspectionReport {
  const extraction = report.extraction;
  if (!extraction || index === extraction.chosen) return report;
  const searchNotes = report.notes.filter((note) => note.code === 'search-limited');
  return inspectCandidate(extraction.candidates, index, searchNotes) ?? report;
}

/** `inspectToken` for a token already decoded (a nested token, a worker's result). */
export function inspectDecodedToken(decoded: DecodedToken): InspectionReport {
  if (decoded.kind === 'empty') return { decoded, ...EMPTY_REPORT };
  const { header, payload } = findTokenParts(decoded);
  const headerJson = reportJson(header);
  const payloadJson = reportJson(payload);
  return {
    decoded,
    header: readJsonObject(header),
    payload: readJsonObject(payload),
    headerJson,
    payloadJson,
    payloadText: textOf(payload),
    partialText: { ...partialTextOf('header', header), ...partialTextOf('payload', payload) },
    problems: collectProblems(decoded),
    notes: [...collectNotes(decoded), ...collectNumberNotes('header', headerJson), ...collectNumberNotes('payload', payloadJson)],
    extraction: null,
  };
}
