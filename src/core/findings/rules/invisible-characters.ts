import type { JsonObject } from '../../json/json-value';
import { formatCodePoint } from '../../text/character-names';
import { findHiddenCharacters, type HiddenCharacter } from '../../text/find-hidden-characters';
import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, rfc, TR36, TR39, TROJAN_SOURCE } from '../references';
import type { RuleContext } from '../rule-context';
import { walkJson } from '../walk-json';

// Unicode TR36, TR39: a value with characters nobody sees does not say what it appears to say.
export const meta: RuleMeta = {
  id: 'invisible-characters',
  severity: 'high',
  severities: ['high', 'medium'],
  needs: ['token'],
  messageIds: ['inName', 'inIdentifier', 'inValue', 'moreValues'],
  references: [TR36, TR39, cve('CVE-2021-42574', 'Trojan Source: bidi overrides'), TROJAN_SOURCE, rfc(8264)],
  docsAnchor: 'invisible-characters',
};

/** Values compared as identifiers: a hidden character there is high, as in any member name. */
const IDENTIFIERS: ReadonlySet<string> = new Set(['kid', 'iss', 'sub', 'aud', 'alg', 'typ']);
/** Places reported one by one; the rest are counted in one more finding. */
const MAX_REPORTED = 20;
/** Characters listed by name in one finding; the count says how many there are in all. */
const MAX_LISTED = 5;
/** Hidden characters counted in one string at most: enough to say "many". */
const MAX_COUNTED = 1000;
const EXCERPT_BEFORE = 40;
const EXCERPT_LENGTH = 160;

/** The distinct characters, each as `U+200B ZERO WIDTH SPACE`, the first few only. */
function listCharacters(found: readonly HiddenCharacter[]): string {
  const listed: string[] = [];
  const seen = new Set<number>();
  for (const character of found) {
    if (seen.has(character.codePoint)) continue;
    seen.add(character.codePoint);
    if (listed.length === MAX_LISTED) return `${listed.join(', ')}, …`;
    listed.push(character.name === null ? formatCodePoint(character.codePoint) : `${formatCodePoint(character.codePoint)} ${character.name}`);
  }
  return listed.join(', ');
}

/** The string as evidence: whole when short, else a window that starts just before its first hidden character. */
function excerpt(text: string, first: HiddenCharacter): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const from = Math.max(0, Math.min(first.start - EXCERPT_BEFORE, text.length - EXCERPT_LENGTH));
  const to = from + EXCERPT_LENGTH;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

interface Place {
  part: 'header' | 'payload';
  pointer: string;
  where: 'name' | 'value';
  text: string;
  found: HiddenCharacter[];
}

function findPlaces(part: 'header' | 'payload', object: JsonObject): Place[] {
  const places: Place[] = [];
  for (const { pointer, name, value } of walkJson(object)) {
    if (name !== null) {
      const found = findHiddenCharacters(name, MAX_COUNTED);
      if (found.length > 0) places.push({ part, pointer, where: 'name', text: name, found });
    }
    if (typeof value === 'string') {
      const found = findHiddenCharacters(value, MAX_COUNTED);
      if (found.length > 0) places.push({ part, pointer, where: 'value', text: value, found });
    }
  }
  return places;
}

/** The top-level member a pointer is under (`/aud/0` is under `aud`), unescaped. */
function topLevelName(pointer: string): string {
  const token = pointer.slice(1).split('/', 1)[0] ?? '';
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

function describePlace(place: Place): Finding {
  const messageId = place.where === 'name' ? 'inName' : IDENTIFIERS.has(topLevelName(place.pointer)) ? 'inIdentifier' : 'inValue';
  const severity = messageId === 'inValue' ? 'medium' : 'high';
  const first = place.found[0]!;
  const params = { part: place.part, pointer: place.pointer, count: place.found.length, characters: listCharacters(place.found) };
  return createFinding(meta, messageId, params, [{ part: place.part, pointer: place.pointer, value: excerpt(place.text, first) }], severity);
}

export function check(context: RuleContext): Finding[] {
  const places = [
    ...(context.header ? findPlaces('header', context.header) : []),
    ...(context.kind === 'jws' && context.payload ? findPlaces('payload', context.payload) : []),
  ];
  const findings = places.slice(0, MAX_REPORTED).map(describePlace);
  if (places.length > MAX_REPORTED) findings.push(createFinding(meta, 'moreValues', { count: places.length - MAX_REPORTED }, [], 'medium'));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
