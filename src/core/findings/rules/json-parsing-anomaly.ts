import { isJsonObject, type JsonValue } from '../../json/json-value';
import { parseJson } from '../../json/parse-json';
import type { TokenPart } from '../../token/decoded-token';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { CWE_1321, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { MAX_SCANNED_CHARS, MAX_WALKED_MEMBERS, walkJsonBounded } from '../walk-json';

// RFC 8725 §2.6 and §3.7, RFC 8259 §8.1–8.2: JSON must be UTF-8 and unambiguous, or parsers disagree.
export const meta: RuleMeta = {
  id: 'json-parsing-anomaly',
  severity: 'medium',
  severities: ['medium', 'low', 'info'],
  needs: ['token'],
  messageIds: ['invalidUtf8', 'byteOrderMark', 'nulBytes', 'notObject', 'trailingData', 'loneSurrogate', 'controlCharacter', 'unsafeNumber', 'prototypeName', 'notChecked', 'partlyChecked'],
  references: [rfc(8725, '2.6'), rfc(8725, '3.7'), rfc(8259, '4'), rfc(8259, '6'), rfc(8259, '8.1'), rfc(8259, '8.2'), rfc(7515, '10.12'), rfc(7519, '7.2'), CWE_1321],
  docsAnchor: 'json-parsing-anomaly',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PROTOTYPE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function jsonKind(value: JsonValue): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function checkText(part: 'header' | 'payload', text: string, error: { code: string; position?: number; found?: string } | null): Finding[] {
  const findings: Finding[] = [];
  const evidence = [{ part }];
  if (text.startsWith('\uFEFF')) findings.push(createFinding(meta, 'byteOrderMark', { part }, evidence));
  const hasNul = text.includes('\u0000');
  if (hasNul) findings.push(createFinding(meta, 'nulBytes', { part }, evidence));
  if (error?.code === 'json-syntax' && error.position !== undefined) {
    if (error.position > 0 && parseJson(text.slice(0, error.position)).ok) findings.push(createFinding(meta, 'trailingData', { part, position: error.position }, evidence));
    else if (/^U\+00[01][0-9A-F]$/.test(error.found ?? '') && !hasNul) findings.push(createFinding(meta, 'controlCharacter', { part, position: error.position }, evidence));
  }
  return findings;
}

function checkValue(part: 'header' | 'payload', value: JsonValue): Finding[] {
  const findings: Finding[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    // A payload need not be JSON at all; one that is JSON but not an object is not a claims set.
    if (part === 'payload') findings.push(createFinding(meta, 'notObject', { part, found: jsonKind(value) }, [{ part }]));
    return findings;
  }
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const number = part === 'payload' ? value[claim] : undefined;
    if (typeof number === 'number' && Math.abs(number) > Number.MAX_SAFE_INTEGER) {
      findings.push(createFinding(meta, 'unsafeNumber', { claim }, [{ part, pointer: pointerTo(claim), value: String(number) }]));
    }
  }
  const walk = walkJsonBounded(value);
  // The members' names as walked, by the object holding them: a 60,000-member header has its first
  // MAX_WALKED_MEMBERS names read, as every rule does, not all of them.
  const membersOf = new Map<string, string[]>();
  for (const visited of walk.values) {
    if (visited.name === null) continue;
    const holder = visited.pointer.slice(0, visited.pointer.lastIndexOf('/'));
    const names = membersOf.get(holder);
    if (names) names.push(visited.name);
    else membersOf.set(holder, [visited.name]);
  }
  for (const visited of [{ pointer: '', name: null, value }, ...walk.values]) {
    if (typeof visited.value === 'string' && LONE_SURROGATE.test(visited.value)) {
      findings.push(createFinding(meta, 'loneSurrogate', { part }, [{ part, pointer: visited.pointer }]));
    }
    if (isJsonObject(visited.value)) {
      for (const name of membersOf.get(visited.pointer) ?? []) {
        if (LONE_SURROGATE.test(name)) findings.push(createFinding(meta, 'loneSurrogate', { part }, [{ part, pointer: `${visited.pointer}${pointerTo(name)}` }]));
        if (PROTOTYPE_NAMES.has(name)) findings.push(createFinding(meta, 'prototypeName', { part, name }, [{ part, pointer: `${visited.pointer}${pointerTo(name)}` }], 'low'));
      }
    }
  }
  // The other rules walk the same budget: say once what none of them looked at.
  if (walk.notChecked > 0) findings.push(createFinding(meta, 'notChecked', { part, count: walk.notChecked, checked: MAX_WALKED_MEMBERS }, [{ part }], 'info'));
  const long = walk.values.filter((visited) => typeof visited.value === 'string' && visited.value.length > MAX_SCANNED_CHARS);
  if (long.length > 0) {
    findings.push(createFinding(meta, 'partlyChecked', { part, count: long.length, checked: MAX_SCANNED_CHARS }, long.slice(0, 1).map((visited) => ({ part, pointer: visited.pointer })), 'info'));
  }
  return findings;
}

function checkPart(part: TokenPart): Finding[] {
  if (part.name !== 'header' && part.name !== 'payload') return [];
  const name = part.name;
  const decoding = part.decoding;
  if (decoding.ok) {
    if (decoding.content.type === 'json') return [...checkText(name, decoding.content.text, null), ...checkValue(name, decoding.content.value)];
    return decoding.content.type === 'text' ? checkText(name, decoding.content.text, null) : [];
  }
  const { error } = decoding;
  if (error.code === 'utf8-invalid') return [createFinding(meta, 'invalidUtf8', { part: name, offset: error.byteOffset }, [{ part: name }])];
  // A part cut short by a bad base64 character is not judged as JSON: its end is not the writer's.
  const findings = decoding.text === undefined || decoding.partial ? [] : checkText(name, decoding.text, error);
  if (error.code === 'json-not-object') findings.push(createFinding(meta, 'notObject', { part: name, found: error.found }, [{ part: name }]));
  return findings;
}

export function check(context: RuleContext): Finding[] {
  const { decoded } = context;
  if (decoded.kind === 'empty') return [];
  return decoded.parts.flatMap(checkPart);
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
