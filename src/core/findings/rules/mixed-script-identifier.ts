import { ownMember, type JsonObject, type JsonValue } from '../../json/json-value';
import { findScriptMixing } from '../../text/find-script-mixing';
import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { TR36, TR39_CONFUSABLES, TR39_MIXED_SCRIPT } from '../references';
import type { RuleContext } from '../rule-context';

// Unicode TR39 §4–5: an identifier whose letters come from look-alike alphabets reads as another.
export const meta: RuleMeta = {
  id: 'mixed-script-identifier',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['mixedScripts', 'wholeScript'],
  references: [TR39_CONFUSABLES, TR39_MIXED_SCRIPT, TR36],
  docsAnchor: 'mixed-script-identifier',
};

/** Claims whose values name someone or something: issuers, subjects, audiences, clients, accounts, roles. */
const PAYLOAD_IDENTIFIERS = ['iss', 'sub', 'aud', 'azp', 'client_id', 'email', 'preferred_username', 'username', 'upn', 'role', 'roles', 'groups', 'scope', 'scp'];
const HEADER_IDENTIFIERS = ['kid'];
/** Claims holding several identifiers in one string, separated by spaces (RFC 8693 §4.2). */
const SPACE_SEPARATED: ReadonlySet<string> = new Set(['scope', 'scp']);
const MAX_REPORTED = 20;
/** Items of one array claim looked at: a role list of 100,000 entries costs no more than a long one. */
const MAX_ITEMS = 1000;

interface Candidate {
  pointer: string;
  text: string;
}

/** The strings a claim holds: itself, each array item, each word of a space-separated list. */
function candidatesOf(name: string, value: JsonValue): Candidate[] {
  const strings: Candidate[] =
    typeof value === 'string' ? [{ pointer: pointerTo(name), text: value }]
    : Array.isArray(value) ? value.slice(0, MAX_ITEMS).flatMap((item, index) => (typeof item === 'string' ? [{ pointer: pointerTo(name, index), text: item }] : []))
    : [];
  if (!SPACE_SEPARATED.has(name)) return strings;
  return strings.flatMap(({ pointer, text }) => text.split(/\s+/).filter((word) => word !== '').map((word) => ({ pointer, text: word })));
}

function checkObject(part: 'header' | 'payload', object: JsonObject, names: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const name of names) {
    const value = ownMember(object, name);
    if (value === undefined) continue;
    for (const { pointer, text } of candidatesOf(name, value)) {
      const mixing = findScriptMixing(text);
      if (mixing === null) continue;
      if (findings.length === MAX_REPORTED) return findings;
      const evidence = [{ part, pointer, value: describeValue(text) }];
      findings.push(
        mixing.kind === 'mixed'
          ? createFinding(meta, 'mixedScripts', { part, pointer, word: mixing.word, first: mixing.scripts[0] ?? '', second: mixing.scripts[1] ?? '', lookalike: mixing.lookalike }, evidence)
          : createFinding(meta, 'wholeScript', { part, pointer, script: mixing.script, lookalike: mixing.lookalike }, evidence),
      );
    }
  }
  return findings;
}

export function check(context: RuleContext): Finding[] {
  const findings = [
    ...(context.header ? checkObject('header', context.header, HEADER_IDENTIFIERS) : []),
    ...(context.kind === 'jws' && context.payload ? checkObject('payload', context.payload, PAYLOAD_IDENTIFIERS) : []),
  ];
  return findings.slice(0, MAX_REPORTED);
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
