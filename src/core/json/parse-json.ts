import { describeCharacter, type JsonError } from './json-error';
import type { JsonValue } from './json-value';
import { createJsonLexer, MAX_JSON_DEPTH } from './lex-json';

export type { JsonError } from './json-error';
export { MAX_JSON_DEPTH } from './lex-json';

/** A member name that occurs more than once in one object (RFC 8259 §4 leaves the meaning open). */
export interface DuplicateMember {
  /** RFC 6901 pointer of the object holding the name, `''` for the top-level object. */
  pointer: string;
  /** The decoded name, so `"a"` and `"\u0061"` count as the same. */
  name: string;
  /** Character index of the repeated occurrence's opening quote. */
  position: number;
}

/**
 * Repeated names listed at most; the rest are only counted, so a text repeating one name 100,000
 * times costs a count, not 100,000 entries for every reader after it.
 */
export const MAX_DUPLICATE_MEMBERS = 100;

/** Repeated names after the first `MAX_DUPLICATE_MEMBERS`: counted, not listed; absent when none were left out. */
interface OmittedDuplicates {
  omittedDuplicates?: number;
}

/** The parsed value and repeated names, or the first error. */
export type JsonParsing =
  | ({ ok: true; value: JsonValue; duplicates: DuplicateMember[] } & OmittedDuplicates)
  | { ok: false; error: JsonError };

/** What `scanJson` found: repeated names, or the first error. */
export type JsonScan = ({ ok: true; duplicates: DuplicateMember[] } & OmittedDuplicates) | { ok: false; error: JsonError };

// Small objects are checked with a linear scan; a Set is only built for larger ones.
const LINEAR_NAME_LIMIT = 16;

/**
 * Returns whether `text` is strict RFC 8259 JSON, with the first error's position or the duplicate
 * member names (the first `MAX_DUPLICATE_MEMBERS`, the rest counted); does not build the value.
 * Iterative, so deep nesting cannot overflow the call stack.
 */
export function scanJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonScan {
  const lexer = createJsonLexer(text, { maxDepth });
  // One slot per open object, reused as the nesting goes up and down.
  const nameLists: string[][] = [];
  const nameSets: (Set<string> | null)[] = [];
  const duplicates: DuplicateMember[] = [];
  let omittedDuplicates = 0;
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind === 'begin-object') {
      const slot = lexer.depth;
      const list = nameLists[slot];
      if (list) list.length = 0;
      else nameLists[slot] = [];
      nameSets[slot] = null;
    } else if (kind === 'member-name') {
      const slot = lexer.depth - 1;
      const name = lexer.decodeString();
      const set = nameSets[slot];
      const list = nameLists[slot] ?? [];
      if (set ? set.has(name) : list.includes(name)) {
        if (duplicates.length < MAX_DUPLICATE_MEMBERS) duplicates.push({ pointer: lexer.pointer(slot), name, position: lexer.start });
        else omittedDuplicates++;
      } else if (set) {
        set.add(name);
      } else {
        list.push(name);
        if (list.length > LINEAR_NAME_LIMIT) nameSets[slot] = new Set(list);
      }
    }
  }
  if (lexer.error) return { ok: false, error: lexer.error };
  return omittedDuplicates > 0 ? { ok: true, duplicates, omittedDuplicates } : { ok: true, duplicates };
}

/**
 * Returns the value of a strict RFC 8259 JSON text and its repeated member names (the value keeps
 * the last occurrence, as `JSON.parse` does), or the first error; does not preserve number lexemes
 * beyond double precision (see `formatJson` for that).
 */
export function parseJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonParsing {
  const scan = scanJson(text, maxDepth);
  if (!scan.ok) return scan;
  try {
    return { ...scan, value: JSON.parse(text) as JsonValue };
  } catch {
    // Unreachable when the scanner agrees with the engine; kept so a disagreement is data, not a crash.
    return { ok: false, error: { code: 'json-syntax', position: 0, found: describeCharacter(text, 0) } };
  }
}
