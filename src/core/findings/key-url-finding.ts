import { createFinding, describeValue, pointerTo, type Finding, type RuleMeta } from './finding';
import type { RuleContext } from './rule-context';
import { collectUrlFlags } from './url-flags';

/** The URL flags, as note message ids shared by the `jku` and `x5u` rules. */
export const URL_FLAG_MESSAGE_IDS = [
  'notAUrl',
  'notHttps',
  'ipLiteral',
  'localHost',
  'privateAddress',
  'userinfo',
  'backslash',
  'nonDefaultPort',
  'encodedHost',
  'otherHostThanIss',
] as const;

/** Returns the finding for a key URL header member (`jku`, `x5u`), with a note per risky trait; never fetches it. */
export function checkKeyUrl(meta: RuleMeta, member: 'jku' | 'x5u', context: RuleContext): Finding[] {
  const header = context.header;
  if (header === null || !Object.hasOwn(header, member)) return [];
  const value = header[member];
  const url = typeof value === 'string' ? value : describeValue(value);
  const flags = typeof value === 'string' ? collectUrlFlags(value, context.payload?.iss) : (['notAUrl'] as const);
  const finding = createFinding(meta, 'keyUrl', { url }, [{ part: 'header', pointer: pointerTo(member), value: describeValue(url) }]);
  return [flags.length > 0 ? { ...finding, notes: flags.map((flag) => ({ messageId: flag })) } : finding];
}
