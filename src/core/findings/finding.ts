import { ownMember, type JsonObject, type JsonValue } from '../json/json-value';
import type { KeyTypeWord } from './key-material';
import type { KeyForm } from './public-key-forms';
import type { RuleContext } from './rule-context';
import type { RuleId } from './rule-ids';

/** How bad a finding is; equal to the UI contract's `data-severity` values. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Severities from worst to mildest: the order findings are grouped and counted in. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** What a rule needs besides nothing: the token, the clock, a pasted key, or the dictionary audit. */
export type RuleNeed = 'token' | 'clock' | 'key' | 'dictionary';

/** A source a rule cites: a standard, an advisory, a guide; `url` only where it was confirmed. */
export interface RuleReference {
  label: string;
  url?: string;
}

/** What a rule is, independent of any token (ESLint's `meta`). */
export interface RuleMeta {
  id: RuleId;
  /** The worst severity the rule reports. */
  severity: Severity;
  /** Every severity the rule can report, worst first. */
  severities: readonly Severity[];
  needs: readonly RuleNeed[];
  /** The message ids its findings use; each has a text `finding.<id>.<messageId>` in every catalogue. */
  messageIds: readonly string[];
  references: readonly RuleReference[];
  /** The section of docs/security-rules.md, and the in-app page `#/rules/<id>`. */
  docsAnchor: string;
}

/** Message parameters: plain values only. Names ending in `At` are NumericDates (seconds), in `Seconds` durations. */
export type FindingParams = Record<string, string | number>;

/** Where in the token (or key, or audit) a finding points. */
export type EvidencePart = 'token' | 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag' | 'key' | 'audit';

/** A unit a rule counts in; the catalogue says a count in it (`findings.measure.<unit>`). */
export type MeasureUnit = 'bytes' | 'bits' | 'keys';

/** A quantity a rule measured, as a number and a unit: the view says it in the reader's language. */
export interface Measure {
  unit: MeasureUnit;
  count: number;
  /** An estimate (an entropy guess), not a count. */
  approximate?: boolean;
}

/** A code for what a rule saw that the token does not spell out; the catalogue says it (`findings.term.<kind>`). */
export type EvidenceTerm =
  | { kind: 'keyType'; code: KeyTypeWord }
  | { kind: 'keyForm'; code: KeyForm }
  | { kind: 'keyFormat'; code: 'pem' | 'jwk' | 'jwks' }
  | { kind: 'x5cProblem'; code: 'notArray' | 'notBase64' | 'notCertificate' };

/**
 * Which member and which value made a rule fire; `pointer` is an RFC 6901 JSON pointer. `value` is
 * only text copied from the token, key or audit as it is; anything the rule worked out is a `measure` or a `term`.
 */
export interface Evidence {
  part: EvidencePart;
  pointer?: string;
  value?: string;
  measure?: Measure;
  term?: EvidenceTerm;
}

/** A detail under a finding (one reason among several), translated like a finding's own message. */
export interface FindingNote {
  messageId: string;
  params?: FindingParams;
}

/** One thing a rule found: a message id and parameters, never English text. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  messageId: string;
  params: FindingParams;
  evidence?: Evidence[];
  notes?: FindingNote[];
  /** Found in the token nested inside this one (`cty: JWT`). */
  inner?: boolean;
}

/** A rule: metadata plus a pure synchronous check, and optionally an asynchronous one that supersedes it. */
export interface Rule {
  meta: RuleMeta;
  /** The findings from what is known synchronously; never throws. */
  check: (context: RuleContext) => Finding[];
  /**
   * The rule's complete findings once slower work is done (WebCrypto, a lazily loaded estimator);
   * when it has settled, its result replaces `check`'s. Never rejects.
   */
  checkAsync?: (context: RuleContext) => Promise<Finding[]>;
}

const MAX_EVIDENCE_VALUE = 160;

/** Returns a value as short display text for evidence (JSON for non-strings), cut at 160 characters. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_EVIDENCE_VALUE ? `${text.slice(0, MAX_EVIDENCE_VALUE - 1)}…` : text;
}

/**
 * The longest text a finding carries in a message parameter or an evidence value: a rule that copies
 * a megabyte `kid` or claim gets an excerpt, so the findings list costs the same for any token.
 */
export const MAX_FINDING_TEXT = 200;

function cutText(text: string): string {
  return text.length > MAX_FINDING_TEXT ? `${text.slice(0, MAX_FINDING_TEXT - 1)}…` : text;
}

/**
 * Returns a finding of `meta`'s rule at its default severity unless one is given, its text parameters
 * and evidence values cut at MAX_FINDING_TEXT characters; does not cut pointers or notes.
 */
export function createFinding(
  meta: RuleMeta,
  messageId: string,
  params: FindingParams = {},
  evidence: Evidence[] = [],
  severity: Severity = meta.severity,
): Finding {
  const cutParams: FindingParams = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? cutText(value) : value]));
  const cutEvidence = evidence.map((entry) => (entry.value === undefined ? entry : { ...entry, value: cutText(entry.value) }));
  return cutEvidence.length > 0 ? { ruleId: meta.id, severity, messageId, params: cutParams, evidence: cutEvidence } : { ruleId: meta.id, severity, messageId, params: cutParams };
}

/** The message id of the entry that stands for a rule whose check threw: its result is unknown, which is not the same as clean. */
export const RULE_FAILED = 'rule-failed';

/**
 * Returns the entry reporting that `meta`'s check threw, with the error's name and message as
 * `params.error` (cut like evidence); informational, since nothing is known about the token.
 */
export function createRuleFailure(meta: RuleMeta, error: unknown): Finding {
  const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ruleId: meta.id, severity: 'info', messageId: RULE_FAILED, params: { error: describeValue(said) } };
}

/** Returns whether a finding is the entry of a rule whose check threw (see `createRuleFailure`), not something the rule found. */
export function isRuleFailure(finding: Finding): boolean {
  return finding.messageId === RULE_FAILED;
}

/** Returns the JSON pointer of a top-level member name (RFC 6901 escaping). */
export function pointerTo(...names: (string | number)[]): string {
  return names.map((name) => `/${String(name).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** A top-level member that is present, with evidence pointing at it. */
export interface PresentMember {
  value: JsonValue;
  evidence: Evidence[];
}

/**
 * Returns member `name` of the header or payload with evidence pointing at it (its value as
 * describeValue writes it), or null when the part is not an object or has no such member; does not judge the value.
 */
export function findMember(part: 'header' | 'payload', object: JsonObject | null, name: string): PresentMember | null {
  const value = object === null ? undefined : ownMember(object, name);
  if (value === undefined) return null;
  return { value, evidence: [{ part, pointer: pointerTo(name), value: describeValue(value) }] };
}

/** A token part's name as a message word (camelCase: an ICU select value). */
export type PartWord = 'header' | 'payload' | 'signature' | 'encryptedKey' | 'iv' | 'ciphertext' | 'tag';

/** Returns the message word of a part name (`encrypted-key` becomes `encryptedKey`). */
export function partWordOf(name: string): PartWord {
  return name === 'encrypted-key' ? 'encryptedKey' : (name as PartWord);
}
