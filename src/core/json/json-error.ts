/** Why a text is not JSON; `position` is a character (UTF-16 code unit) index into the text. */
export type JsonError =
  | { code: 'json-syntax'; position: number; found: string }
  | { code: 'json-unexpected-end'; position: number }
  | { code: 'json-too-deep'; position: number; maxDepth: number };

/** Returns the character at `position`, or `U+XXXX` when it is invisible (controls, spaces, BOM, lone surrogates). */
export function describeCharacter(text: string, position: number): string {
  const codePoint = text.codePointAt(position) ?? 0;
  const character = String.fromCodePoint(codePoint);
  if (/^[\p{C}\p{Z}]$/u.test(character)) return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return character;
}

/** Returns the syntax error for the character at `position`, or the unexpected end when `position` is past the text. */
export function createSyntaxError(text: string, position: number): JsonError {
  return position >= text.length
    ? { code: 'json-unexpected-end', position: text.length }
    : { code: 'json-syntax', position, found: describeCharacter(text, position) };
}
