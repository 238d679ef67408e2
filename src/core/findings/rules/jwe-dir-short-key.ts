import { requiredSymmetricKeyBytes } from '../../crypto/jwe-algorithms';
import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { listGivenKeys } from '../key-material';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §4.5, §5.2.2.1 and §5.3: with `dir` the key is the content encryption key, and it must be
// exactly as long as `enc` requires; a shorter one is all the protection the content gets.
export const meta: RuleMeta = {
  id: 'jwe-dir-short-key',
  severity: 'high',
  severities: ['high'],
  needs: ['token', 'key'],
  messageIds: ['tooShort'],
  references: [rfc(7518, '4.5'), rfc(7518, '5.2.2.1'), rfc(7518, '5.3'), rfc(7518, '8.8'), rfc(8725, '3.5')],
  docsAnchor: 'jwe-dir-short-key',
};

export function check(context: RuleContext): Finding[] {
  const enc = context.header?.enc;
  if (context.kind !== 'jwe' || context.alg !== 'dir' || typeof enc !== 'string') return [];
  const expectedBytes = requiredSymmetricKeyBytes('dir', enc);
  if (expectedBytes === undefined) return [];
  const kid = context.header?.kid;
  const secrets = listGivenKeys(context).flatMap((key) => (key.keyInfo.type === 'oct' && (typeof kid !== 'string' || key.memberIndex === undefined || key.jwk?.kid === kid) ? [key.keyInfo.byteLength] : []));
  // In a JWK Set only a set whose every fitting member is short is judged: one long enough may be the key.
  if (secrets.length === 0 || secrets.some((bytes) => bytes >= expectedBytes)) return [];
  const bytes = Math.max(...secrets);
  return [createFinding(meta, 'tooShort', { enc, bytes, expectedBytes }, [{ part: 'key', measure: { unit: 'bytes', count: bytes } }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
