/** A claim's value as shown: a string as it is, anything else as JSON (indented when `indent` is given), a missing one as a dash. */
export function writeClaimValue(value: unknown, indent?: number): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value, null, indent);
}
