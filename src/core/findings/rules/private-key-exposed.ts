import { isJsonObject, type JsonObject, type JsonValue } from '../../json/json-value';
import { createFinding, type EvidencePart, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { walkJson } from '../walk-json';

// RFC 7517 §9.2 and RFC 7518 §6.2.2, §6.3.2, §6.4.1: private and secret key members must stay private.
export const meta: RuleMeta = {
  id: 'private-key-exposed',
  severity: 'critical',
  severities: ['critical', 'medium'],
  needs: ['token', 'key'],
  messageIds: ['inToken', 'pastedPrivateKey'],
  references: [rfc(7517, '9.2'), rfc(7518, '6.2.2'), rfc(7518, '6.3.2'), rfc(7518, '6.4.1'), rfc(7800, '3.2')],
  docsAnchor: 'private-key-exposed',
};

/** Private members per `kty`; an unknown type (any text, `constructor` included) is checked for `d`. */
const PRIVATE_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['RSA', ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth']],
  ['EC', ['d']],
  ['OKP', ['d']],
  ['oct', ['k']],
]);
const PRIVATE_PEM = /-----BEGIN (?:RSA |EC |ENCRYPTED |OPENSSH |DSA )?PRIVATE KEY-----/;

function privateMembersOf(value: JsonValue): string[] {
  if (!isJsonObject(value) || typeof value.kty !== 'string') return [];
  const object: JsonObject = value;
  return (PRIVATE_MEMBERS.get(value.kty) ?? ['d']).filter((name) => Object.hasOwn(object, name));
}

function findInPart(part: EvidencePart, root: JsonObject | null): Finding[] {
  if (root === null) return [];
  const candidates = [{ pointer: '', value: root as JsonValue }, ...walkJson(root)];
  return candidates.flatMap(({ pointer, value }) => {
    const members = privateMembersOf(value);
    if (members.length === 0) return [];
    return [createFinding(meta, 'inToken', { part, pointer: pointer === '' ? '/' : pointer, members: members.join(', ') }, [{ part, pointer: pointer === '' ? '/' : pointer, value: members.join(', ') }])];
  });
}

function checkKeyInput(context: RuleContext): Finding[] {
  const key = context.key;
  if (key === undefined) return [];
  const parsed = key.parsed;
  let format: 'pem' | 'jwk' | 'jwks' | null = null;
  if (PRIVATE_PEM.test(key.text)) format = 'pem';
  else if (parsed.ok && parsed.key.kind === 'jwk' && parsed.key.jwk.isPrivate) format = 'jwk';
  else if (parsed.ok && parsed.key.kind === 'jwks' && parsed.key.notes.includes('jwks-private-members-ignored')) format = 'jwks';
  else if (!parsed.ok && parsed.format === 'private-key') format = key.text.includes('-----BEGIN') ? 'pem' : 'jwk';
  // An `oct` JWK is the shared secret HS tokens are verified with, so it is not flagged when pasted.
  return format === null ? [] : [createFinding(meta, 'pastedPrivateKey', { format }, [{ part: 'key', term: { kind: 'keyFormat', code: format } }], 'medium')];
}

export function check(context: RuleContext): Finding[] {
  return [...findInPart('header', context.header), ...findInPart('payload', context.payload), ...checkKeyInput(context)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
