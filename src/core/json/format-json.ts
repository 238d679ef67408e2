const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;

/** Deeper levels share this level's indentation, so output stays linear in the input's length. */
export const MAX_INDENT_LEVEL = 32;
// Far below the engine's string limit; past it the text is returned as written rather than throwing.
const MAX_OUTPUT_LENGTH = 1 << 25;
// Below every engine's argument-count limit for String.fromCharCode.apply.
const CHUNK_LENGTH = 8192;

function isWhitespace(code: number): boolean {
  return code === SPACE || code === LF || code === CR || code === TAB;
}

function isDelimiter(code: number): boolean {
  return (
    isWhitespace(code) ||
    code === COMMA ||
    code === COLON ||
    code === QUOTE ||
    code === LEFT_BRACE ||
    code === RIGHT_BRACE ||
    code === LEFT_BRACKET ||
    code === RIGHT_BRACKET
  );
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
 * string, number and literal exactly as written (so `1.0`, `1e400` and escapes survive); does not
 * check that `text` is JSON.
 */
export function formatJson(text: string): string {
  const length = text.length;
  // Writing UTF-16 code units into one buffer is several times faster than concatenating tokens.
  let output = new Uint16Array(Math.min(MAX_OUTPUT_LENGTH, length * 2 + 64));
  let size = 0;
  const reserve = (extra: number): boolean => {
    if (size + extra <= output.length) return true;
    if (size + extra > MAX_OUTPUT_LENGTH) return false;
    const grown = new Uint16Array(Math.min(MAX_OUTPUT_LENGTH, Math.max(output.length * 2, size + extra)));
    grown.set(output.subarray(0, size));
    output = grown;
    return true;
  };
  const writeLineBreak = (depth: number): boolean => {
    const indent = 2 * Math.min(depth, MAX_INDENT_LEVEL);
    if (!reserve(indent + 1)) return false;
    output[size++] = LF;
    output.fill(SPACE, size, size + indent);
    size += indent;
    return true;
  };
  const copy = (from: number, to: number): boolean => {
    if (!reserve(to - from)) return false;
    for (let k = from; k < to; k++) output[size++] = text.charCodeAt(k);
    return true;
  };

  let depth = 0;
  let i = 0;
  let fits = true;
  while (i < length && fits) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      i++;
    } else if (code === LEFT_BRACE || code === LEFT_BRACKET) {
      let next = i + 1;
      while (next < length && isWhitespace(text.charCodeAt(next))) next++;
      const close = code === LEFT_BRACE ? RIGHT_BRACE : RIGHT_BRACKET;
      fits = reserve(2);
      output[size++] = code;
      if (next < length && text.charCodeAt(next) === close) {
        output[size++] = close;
        i = next + 1;
      } else {
        depth++;
        fits = writeLineBreak(depth);
        i++;
      }
    } else if (code === RIGHT_BRACE || code === RIGHT_BRACKET) {
      depth = Math.max(0, depth - 1);
      fits = writeLineBreak(depth) && reserve(1);
      output[size++] = code;
      i++;
    } else if (code === COMMA) {
      fits = reserve(1);
      output[size++] = COMMA;
      fits = fits && writeLineBreak(depth);
      i++;
    } else if (code === COLON) {
      fits = reserve(2);
      output[size++] = COLON;
      output[size++] = SPACE;
      i++;
    } else if (code === QUOTE) {
      let end = i + 1;
      while (end < length) {
        const inner = text.charCodeAt(end);
        if (inner === QUOTE) {
          end++;
          break;
        }
        end += inner === BACKSLASH ? 2 : 1;
      }
      end = Math.min(end, length);
      fits = copy(i, end);
      i = end;
    } else {
      let end = i + 1;
      while (end < length && !isDelimiter(text.charCodeAt(end))) end++;
      fits = copy(i, end);
      i = end;
    }
  }
  return fits ? toText(output, size) : text;
}
