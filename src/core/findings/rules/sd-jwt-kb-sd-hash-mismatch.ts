import { analyseSdJwt } from '../../sd-jwt/analyse-sd-jwt';
import { checkSdHash } from '../../sd-jwt/judge-key-binding';
import { createFinding, describeValue, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 9901 §4.3.1 and §7.3: `sd_hash` binds the key-binding JWT to this presentation; any other value means rejection.
export const meta: RuleMeta = {
  id: 'sd-jwt-kb-sd-hash-mismatch',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['mismatch', 'missing'],
  references: [rfc(9901, '4.3.1'), rfc(9901, '7.3')],
  docsAnchor: 'sd-jwt-kb-sd-hash-mismatch',
};

export function check(context: RuleContext): Finding[] {
  const binding = analyseSdJwt(context.decoded)?.keyBinding ?? null;
  if (binding === null) return [];
  const evidence = [{ part: 'token' as const, value: binding.text }];
  switch (checkSdHash(binding)) {
    case 'mismatch':
      return [createFinding(meta, 'mismatch', { stated: describeValue(binding.sdHash), expected: binding.expectedSdHash ?? '' }, evidence)];
    case 'missing':
      return [createFinding(meta, 'missing', {}, evidence)];
    default:
      return [];
  }
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
