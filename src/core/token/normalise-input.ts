import type { Normalisation } from './decoded-token';

/** How to find a normalised offset in the original input again. */
export interface InputMapping {
  /** Input index of the first character kept. */
  contentStart: number;
  /**
   * For each removed inner whitespace character, in input order, how many kept characters precede
   * it; non-decreasing, so a binary search finds how many were removed before a normalised offset.
   */
  removedAfterKept: Int32Array;
}

/** The normalised token text, what was removed, and how to map offsets back. */
export interface NormalisedInput {
  normalisation: Normalisation;
  mapping: InputMapping;
}

const QUOTES = new Set(['"', "'", '`']);
const BEARER = 'bearer';
const NO_REMOVALS = new Int32Array(0);
const LF = 0x0a;
const CR = 0x0d;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

/** Returns whether a UTF-16 code unit is one `String.prototype.trim` removes (WhiteSpace, LineTerminator); nothing else. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where the token sits inside its wrapping, and which wrapping was there. */
export interface TokenWrapper {
  /** `[start, end)` of what is left inside the wrapping. */
  start: number;
  end: number;
  removedBearerPrefix: boolean;
  removedQuotes: boolean;
}

/**
 * Returns the range left once surrounding whitespace, one pair of matching quotes and a `Bearer `
 * prefix (then quotes again) are stripped; does not look at what is left.
 */
export function stripTokenWrapper(input: string): TokenWrapper {
  let start = 0;
  let end = input.length;
  const trim = (): void => {
    while (start < end && isWhitespace(input.charCodeAt(start))) start++;
    while (end > start && isWhitespace(input.charCodeAt(end - 1))) end--;
  };
  const stripQuotes = (): boolean => {
    const first = input.charAt(start);
    if (end - start < 2 || !QUOTES.has(first) || input.charAt(end - 1) !== first) return false;
    start++;
    end--;
    trim();
    return true;
  };
  const stripBearer = (): boolean => {
    const afterWord = start + BEARER.length;
    if (afterWord >= end || !isWhitespace(input.charCodeAt(afterWord))) return false;
    if (input.slice(start, afterWord).toLowerCase() !== BEARER) return false;
    start = afterWord;
    trim();
    return true;
  };

  trim();
  let removedQuotes = stripQuotes();
  const removedBearerPrefix = stripBearer();
  // `Bearer "…"` as well as `"Bearer …"`.
  if (removedBearerPrefix && stripQuotes()) removedQuotes = true;
  return { start, end, removedBearerPrefix, removedQuotes };
}

/**
 * Returns the token text with surrounding whitespace, one pair of matching quotes, a `Bearer `
 * prefix and all inner whitespace removed, plus a mapping back to input offsets; does not check
 * that what is left is a token.
 */
export function normaliseInput(input: string): NormalisedInput {
  const { start, end, removedBearerPrefix, removedQuotes } = stripTokenWrapper(input);
  const content = input.slice(start, end);
  if (!/\s/.test(content)) {
    return {
      normalisation: { text: content, removedBearerPrefix, removedQuotes, removedInnerWhitespace: 0, removedInnerSpaces: 0 },
      mapping: { contentStart: start, removedAfterKept: NO_REMOVALS },
    };
  }

  const removed: number[] = [];
  const chunks: string[] = [];
  let kept = 0;
  let chunkStart = 0;
  let removedInnerSpaces = 0;
  // A run of whitespace with a line break in it is wrapping (indentation included); a run without one is a space inside a segment.
  let runLength = 0;
  let runHasLineBreak = false;
  for (let i = 0; i <= content.length; i++) {
    const code = i < content.length ? content.charCodeAt(i) : -1;
    if (code === -1 || !isWhitespace(code)) {
      if (runLength > 0 && !runHasLineBreak) removedInnerSpaces += runLength;
      runLength = 0;
      runHasLineBreak = false;
      continue;
    }
    runLength++;
    if (code === LF || code === CR || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR) runHasLineBreak = true;
    if (i > chunkStart) {
      chunks.push(content.slice(chunkStart, i));
      kept += i - chunkStart;
    }
    removed.push(kept);
    chunkStart = i + 1;
  }
  chunks.push(content.slice(chunkStart));
  return {
    normalisation: { text: chunks.join(''), removedBearerPrefix, removedQuotes, removedInnerWhitespace: removed.length, removedInnerSpaces },
    mapping: { contentStart: start, removedAfterKept: Int32Array.from(removed) },
  };
}

/** Returns the input index of the normalised character at `offset` (or just after the last one); does not validate `offset`. */
export function toInputOffset(mapping: InputMapping, offset: number): number {
  const removed = mapping.removedAfterKept;
  let low = 0;
  let high = removed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((removed[middle] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return mapping.contentStart + offset + low;
}

/**
 * Returns the `[start, end)` input range of a normalised range, spanning whitespace inside it but
 * not around it; an empty range maps to where it would start. Does not validate the offsets.
 */
export function toInputRange(mapping: InputMapping, start: number, end: number): { start: number; end: number } {
  const inputStart = toInputOffset(mapping, start);
  return { start: inputStart, end: end > start ? toInputOffset(mapping, end - 1) + 1 : inputStart };
}
