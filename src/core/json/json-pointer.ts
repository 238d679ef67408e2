/** Returns `pointer` extended by one reference token (RFC 6901: `~` as `~0`, `/` as `~1`); does not check `pointer`. */
export function appendPointerToken(pointer: string, token: string | number): string {
  if (typeof token === 'number') return `${pointer}/${token}`;
  return `${pointer}/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
