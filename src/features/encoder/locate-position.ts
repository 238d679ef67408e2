/** Returns the 1-based line and column of a character index (columns count UTF-16 code units, as editors do). */
export function locatePosition(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: position - lineStart + 1 };
}
