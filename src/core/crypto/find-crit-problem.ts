import type { JsonObject } from '../json/json-value';
import type { ReasonParams } from './verification-result';

/** Header names RFC 7515/7516/7518 define; `crit` must not list them (RFC 7515 §4.1.11). */
const REGISTERED_HEADER_NAMES = new Set([
  'alg', 'enc', 'zip', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c',
]);

/** What is wrong with a protected header's `crit`, with the reason's params. */
export type CritProblem = { reason: 'crit-malformed' | 'crit-unknown'; params: ReasonParams };

/**
 * Returns what RFC 7515 §4.1.11 (and RFC 7797 §6 for `b64`) finds wrong with a protected header's
 * `crit`, or null when it is absent or sound: `crit-malformed` (problem: not-a-non-empty-array,
 * not-a-name, duplicate, registered-name, name-absent, b64-not-boolean; name) or `crit-unknown`
 * (names) for extensions outside `understood`, where `'all'` is a signer's view (the user defines
 * them). Does not check what the extensions' values mean, beyond `b64` being a boolean.
 */
export function findCritProblem(header: JsonObject, understood: ReadonlySet<string> | 'all'): CritProblem | null {
  if (!Object.hasOwn(header, 'crit')) return null;
  const malformed = (params: ReasonParams): CritProblem => ({ reason: 'crit-malformed', params });
  const crit = header.crit;
  if (!Array.isArray(crit) || crit.length === 0) return malformed({ problem: 'not-a-non-empty-array' });
  const names: string[] = [];
  for (const name of crit) {
    if (typeof name !== 'string' || name === '') return malformed({ problem: 'not-a-name' });
    if (names.includes(name)) return malformed({ problem: 'duplicate', name });
    if (REGISTERED_HEADER_NAMES.has(name)) return malformed({ problem: 'registered-name', name });
    if (!Object.hasOwn(header, name)) return malformed({ problem: 'name-absent', name });
    names.push(name);
  }
  const unknown = understood === 'all' ? [] : names.filter((name) => !understood.has(name));
  if (unknown.length > 0) return { reason: 'crit-unknown', params: { names: unknown } };
  if (names.includes('b64') && typeof header.b64 !== 'boolean') return malformed({ problem: 'b64-not-boolean', name: 'b64' });
  return null;
}
