import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseTokenCandidate, inspectToken, type DecodeNote, type InspectionReport } from './inspect-token';
import { MAX_JSON_MEMBERS } from './json/read-json-members';
import { base64UrlOfText, decoderInput, isJsonText, jsonObjectText, jsonText } from './test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from './test-support/fuzz-runs';
import type { DecodedToken, PartErrorCode, StructureError, TokenPart } from './token/decoded-token';
import { findTokenParts, readJsonObject } from './token/find-token-parts';
import { MAX_CANDIDATES } from './token/find-tokens-in-text';

// Every code the decoder may answer with; `satisfies` makes a new code a compile error here until it is listed.
const PART_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.keys({
    empty: 0,
    'base64-invalid-character': 0,
    'base64-invalid-length': 0,
    'utf8-invalid': 0,
    'json-syntax': 0,
    'json-unexpected-end': 0,
    'json-too-deep': 0,
    'json-not-object': 0,
  } satisfies Record<PartErrorCode, 0>),
);
const STRUCTURE_ERROR_CODES: ReadonlySet<string> = new Set(Object.keys({ 'wrong-part-count': 0, 'unexpected-character': 0 } satisfies Record<StructureError['code'], 0>));
const NOTE_CODES: ReadonlySet<string> = new Set(
  Object.keys({
    bearer: 0,
    quotes: 0,
    whitespace: 0,
    padding: 0,
    'standard-alphabet': 0,
    'non-zero-trailing-bits': 0,
    'duplicate-member': 0,
    'duplicate-members-omitted': 0,
    'search-limited': 0,
    'number-reading': 0,
    'number-readings-omitted': 0,
  } satisfies Record<DecodeNote['code'], 0>),
);
const KINDS: ReadonlySet<string> = new Set(Object.keys({ empty: 0, jws: 0, jwe: 0, malformed: 0 } satisfies Record<DecodedToken['kind'], 0>));

const withoutWhitespace = (text: string): string => text.replace(/\s/g, '');

/** Each part's range lies in `[from, to)` of the text, in order, and holds its segment (whitespace inside a wrapped token aside). */
function checkParts(text: string, parts: readonly TokenPart[], from: number, to: number): void {
  let previousEnd = from;
  for (const part of parts) {
    const where = () => `part ${part.name} [${part.start}, ${part.end}) of ${text.length}, after ${previousEnd}`;
    ensure(part.start >= previousEnd && part.end >= part.start && part.end <= to, where);
    ensure(withoutWhitespace(text.slice(part.start, part.end)) === part.segment, where);
    const { decoding } = part;
    if (!decoding.ok) {
      const { error } = decoding;
      ensure(PART_ERROR_CODES.has(error.code), `part error ${error.code}`);
      if (error.code === 'base64-invalid-character') {
        ensure(error.position >= 0 && error.position < part.segment.length, where);
        ensure(part.segment.startsWith(error.character, error.position), where);
      }
      if (error.code === 'json-syntax' || error.code === 'json-unexpected-end' || error.code === 'json-too-deep') {
        ensure(decoding.text !== undefined && error.position >= 0 && error.position <= decoding.text.length, where);
      }
      if (error.code === 'utf8-invalid') ensure(decoding.bytes !== undefined && error.byteOffset >= 0 && error.byteOffset < decoding.bytes.length, where);
    }
    previousEnd = part.end;
  }
}

function checkReport(text: string, report: InspectionReport, from: number, to: number): void {
  const { decoded } = report;
  ensure(KINDS.has(decoded.kind), `kind ${decoded.kind}`);
  if (decoded.kind === 'empty') {
    ensure(report.header === null && report.payload === null && report.problems.length === 0, 'an empty report holds nothing');
    return;
  }
  checkParts(text, decoded.parts, from, to);
  if (decoded.kind === 'malformed') ensure(STRUCTURE_ERROR_CODES.has(decoded.error.code), `structure error ${decoded.error.code}`);
  const parts = findTokenParts(decoded);
  ensure(parts.header === undefined || parts.header.name === 'header', 'header part');
  ensure(parts.payload === undefined || parts.payload.name === 'payload', 'payload part');
  ensure(parts.signature === undefined || parts.signature.name === 'signature', 'signature part');
  ensure(report.header === readJsonObject(parts.header) && report.payload === readJsonObject(parts.payload), 'header and payload are the parts’ objects');
  for (const problem of report.problems) {
    ensure(problem.place === 'structure' ? STRUCTURE_ERROR_CODES.has(problem.error.code) : PART_ERROR_CODES.has(problem.error.code), () => `problem ${JSON.stringify(problem)}`);
  }
  for (const note of report.notes) {
    ensure(NOTE_CODES.has(note.code), `note ${note.code}`);
    if (note.code === 'whitespace') ensure(note.count > 0, 'whitespace count');
    if (note.code === 'search-limited') ensure(note.searchedChars <= text.length, 'searched chars');
  }
  for (const [name, json] of [['header', report.headerJson], ['payload', report.payloadJson]] as const) {
    const part = parts[name];
    if (json === null) continue;
    ensure(part?.decoding.ok === true && part.decoding.content.type === 'json', `${name} JSON without a JSON part`);
    ensure(json.members.length <= MAX_JSON_MEMBERS && (!json.membersTruncated || json.members.length === MAX_JSON_MEMBERS), `${name} member count`);
    const bytes = part.decoding.bytes.length;
    for (const member of json.members) {
      ensure(member.bytes.start >= 0 && member.bytes.start < member.bytes.end && member.bytes.end <= bytes, () => `${name} member bytes ${JSON.stringify(member)} of ${bytes}`);
      ensure(member.chars.start >= 0 && member.chars.start <= member.chars.end && member.chars.end <= part.segment.length, () => `${name} member chars ${JSON.stringify(member)}`);
      ensure(member.depth >= 1 && member.pointer.startsWith('/'), () => `${name} member ${JSON.stringify(member)}`);
    }
    ensure(JSON.stringify(JSON.parse(json.pretty)) === JSON.stringify(JSON.parse(part.decoding.content.text)), `${name} pretty JSON reads as the part`);
  }
}

describe('inspectToken on anything pasted into the token box (fuzz)', () => {
  it('never throws, stays within the time limit, and keeps every range, count and code within bounds', () => {
    fc.assert(
      fc.property(decoderInput, (text) => {
        const report = withinTimeLimit('inspectToken', () => inspectToken(text));
        const { extraction } = report;
        if (extraction === null) {
          checkReport(text, report, 0, text.length);
          return;
        }
        expect(extraction.candidates.length).toBeGreaterThan(0);
        expect(extraction.candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        const seen = new Set<string>();
        let previousStart = -1;
        for (const [index, candidate] of extraction.candidates.entries()) {
          ensure(candidate.index === index && candidate.start > previousStart && candidate.end <= text.length, () => `candidate ${index} ${JSON.stringify({ ...candidate, token: undefined })}`);
          ensure(text.slice(candidate.start, candidate.end) === candidate.token && !seen.has(candidate.token), `candidate ${index} text`);
          seen.add(candidate.token);
          previousStart = candidate.start;
        }
        const chosen = extraction.candidates[extraction.chosen];
        ensure(chosen !== undefined, 'chosen candidate');
        checkReport(text, report, chosen.start, chosen.end);
        // Choosing another candidate decodes it in place, with ranges in the same text.
        for (const index of [1, extraction.candidates.length - 1]) {
          const other = extraction.candidates[index];
          if (other === undefined) continue;
          const again = withinTimeLimit('chooseTokenCandidate', () => chooseTokenCandidate(report, index));
          expect(again.extraction?.chosen).toBe(index);
          checkReport(text, again, other.start, other.end);
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('reads back the header and payload a well-formed token was built from', () => {
    fc.assert(
      fc.property(jsonObjectText, jsonText, fc.uint8Array({ maxLength: 64 }), (headerText, payloadText, signature) => {
        const token = `${base64UrlOfText(headerText)}.${base64UrlOfText(payloadText)}.${Buffer.from(signature).toString('base64url')}`;
        const report = withinTimeLimit('inspectToken', () => inspectToken(token));
        expect(report.decoded.kind).toBe('jws');
        // What a UTF-8 encoder made of the text: lone surrogates became U+FFFD.
        const asDecoded = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
        const header = report.header;
        if (header !== null) expect(JSON.stringify(header)).toBe(JSON.stringify(JSON.parse(asDecoded(headerText))));
        else expect(!isJsonText(asDecoded(headerText)) || report.problems[0]?.error.code === 'json-too-deep').toBe(true);
        if (report.payload !== null) expect(JSON.stringify(report.payload)).toBe(JSON.stringify(JSON.parse(asDecoded(payloadText))));
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
