/** Returns whether a string is some letter-case or whitespace variant of `none`. */
export function isNoneVariant(alg: unknown): alg is string {
  return typeof alg === 'string' && alg.trim().toLowerCase() === 'none';
}
