import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { JWT_TOOL, LAB_KID_TRAVERSAL, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §2.9 and §3.10: a kid used to build a file path lets the token choose its own key.
export const meta: RuleMeta = {
  id: 'kid-path-traversal',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['pathLike'],
  references: [rfc(8725, '2.9'), rfc(8725, '3.10'), LAB_KID_TRAVERSAL, JWT_TOOL],
  docsAnchor: 'kid-path-traversal',
};

// Only `..` segments, absolute paths and well-known system files: legitimate kids often hold `/`
// (KMS ARNs, Google Cloud resource names) or `:` (Vault, URNs).
const KID_PATH: readonly [string, RegExp][] = [
  ['traversal', /(^|[\\/])\.\.([\\/]|$)/],
  ['absolute', /^[\\/]/],
  ['driveLetter', /^[A-Za-z]:[\\/]/],
  ['fileScheme', /^file:/i],
  ['nulByte', /\0/],
  ['systemFile', /\/(dev\/(null|zero|urandom)|proc\/|etc\/|sys\/)/],
];

/** Returns a kid after one round of percent-decoding (bytes read as Latin-1, so nothing can fail). */
export function percentDecodeOnce(kid: string): string {
  return kid.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function check(context: RuleContext): Finding[] {
  const kid = context.header?.kid;
  if (typeof kid !== 'string') return [];
  const decoded = percentDecodeOnce(kid);
  const match = KID_PATH.find(([, pattern]) => pattern.test(decoded));
  if (match === undefined) return [];
  return [createFinding(meta, 'pathLike', { kid, pattern: match[0] }, [{ part: 'header', pointer: pointerTo('kid'), value: kid }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
