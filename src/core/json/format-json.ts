import { createJsonLexer } from './lex-json';

const LF = 0x0a;
const SPACE = 0x20;

/** Deeper levels share this level's indentation, so output stays linear in the input's length. */
export const MAX_INDENT_LEVEL = 32;
// Far below the engine's string limit; past it the text is returned as written rather than throwing.
const MAX_OUTPUT_LENGTH = 1 << 25;
// Below every engine's argument-count limit for String.fromCharCode.apply.
const CHUNK_LENGTH = 8192;

// A line break and the deepest indentation.
const LINE_BREAK_ROOM = 1 + 2 * MAX_INDENT_LEVEL;

function writeLineBreak(output: Uint16Array, at: number, depth: number): number {
  let size = at;
  output[size++] = LF;
  for (let indent = 2 * Math.min(depth, MAX_INDENT_LEVEL); indent > 0; indent--) output[size++] = SPACE;
  return size;
}

function toText(codes: Uint16Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += CHUNK_LENGTH) {
    const chunk = codes.subarray(start, Math.min(length, start + CHUNK_LENGTH));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
}

/**
 * Returns `text` re-indented with two spaces per level (up to `MAX_INDENT_LEVEL`), copying every
 * string, number and literal exactly as written (so `1.0`, `1e400` and escapes survive); returns
 * `text` as written when it is not JSON. Nesting depth is not limited here.
 */
export function formatJson(text: string): string {
  // No depth limit: the lexer keeps a few numbers per level and the output's indentation is capped.
  const lexer = createJsonLexer(text, { maxDepth: Number.POSITIVE_INFINITY });
  // Writing UTF-16 code units into one buffer is several times faster than concatenating tokens.
  let output = new Uint16Array(Math.min(MAX_OUTPUT_LENGTH, text.length * 2 + 64));
  let size = 0;
  const reserve = (extra: number): boolean => {
    if (size + extra <= output.length) return true;
    if (size + extra > MAX_OUTPUT_LENGTH) return false;
    const grown = new Uint16Array(Math.min(MAX_OUTPUT_LENGTH, Math.max(output.length * 2, size + extra)));
    grown.set(output.subarray(0, size));
    output = grown;
    return true;
  };

  // A bracket just written waits for the next lexeme: an empty container stays on one line.
  let opened = false;
  let fits = true;
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind === 'whitespace') continue;
    const { start, end, depth } = lexer;
    // One reservation per lexeme: itself, two line breaks at most and the space after a colon.
    if (!reserve(end - start + LINE_BREAK_ROOM * 2 + 1)) {
      fits = false;
      break;
    }
    const closes = kind === 'end-object' || kind === 'end-array';
    if (opened ? !closes : closes) size = writeLineBreak(output, size, depth);
    opened = kind === 'begin-object' || kind === 'begin-array';
    for (let k = start; k < end; k++) output[size++] = text.charCodeAt(k);
    if (kind === 'value-separator') size = writeLineBreak(output, size, depth);
    else if (kind === 'name-separator') output[size++] = SPACE;
  }
  return fits && lexer.error === null ? toText(output, size) : text;
}
