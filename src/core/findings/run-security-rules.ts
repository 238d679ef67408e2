import { decodeToken } from '../token/decode-token';
import { createRuleFailure, isRuleFailure, SEVERITIES, type Finding, type Rule } from './finding';
import { normaliseTyp } from './jose-registries';
import { RULES } from './registry';
import type { SecretEncoding } from '../keys/decode-secret';
import { parseKeyInput } from '../keys/parse-key-input';
import { createRuleContext, narrowRuleInput, readNeededValues, type KeyInput, type RuleContext, type RuleInput } from './rule-context';
import type { DecodedToken } from '../token/decoded-token';
import { RULE_IDS, type RuleId } from './rule-ids';

/** Findings of rules whose asynchronous check has settled, by rule id; they replace that rule's synchronous findings. */
export type SettledFindings = Partial<Record<RuleId, Finding[]>>;

// How findings affect each other (docs/security-rules.md), so the list stays short and never contradicts itself.
const PARSING_RULES: ReadonlySet<RuleId> = new Set(['non-canonical-base64url', 'not-compact-serialization', 'duplicate-json-keys', 'json-parsing-anomaly']);
/** The rules from signature-length-mismatch to signature-invalid, in catalogue order: nothing to verify once the token is unsigned or its signature is empty. */
const SIGNATURE_RULES: ReadonlySet<RuleId> = new Set(RULE_IDS.slice(RULE_IDS.indexOf('signature-length-mismatch'), RULE_IDS.indexOf('signature-invalid') + 1));
const MAX_NESTING = 2;

/** Whether one of the rules found something; a rule whose check threw found nothing. */
function has(findings: readonly Finding[], ...ids: RuleId[]): boolean {
  return findings.some((finding) => ids.includes(finding.ruleId) && !isRuleFailure(finding));
}

/** Returns the findings with the catalog's suppressions applied (plus two of ours, see docs/security-rules.md). */
export function applyInterplay(findings: readonly Finding[], context: RuleContext): Finding[] {
  let kept = [...findings];
  if (context.fatal || has(kept, 'not-compact-serialization')) {
    kept = kept.filter((finding) => PARSING_RULES.has(finding.ruleId));
    // For JSON-serialized input the base64 complaints only restate that it is not compact.
    if (has(kept, 'not-compact-serialization')) kept = kept.filter((finding) => finding.ruleId !== 'non-canonical-base64url' || finding.severity === 'info');
  }
  if (has(kept, 'alg-none', 'empty-signature')) kept = kept.filter((finding) => !SIGNATURE_RULES.has(finding.ruleId));
  if (has(kept, 'alg-confusion-public-key-as-hmac-secret', 'hmac-weak-secret', 'hmac-empty-secret')) kept = kept.filter((finding) => finding.ruleId !== 'signature-invalid');
  // Ours: one explanation per cause. The published or empty secret says more than "too short",
  // and "your public key is the HMAC secret" says more than "this key does not fit HS256".
  if (has(kept, 'hmac-empty-secret')) kept = kept.filter((finding) => finding.ruleId !== 'hmac-weak-secret' && finding.ruleId !== 'hmac-short-secret');
  if (has(kept, 'hmac-weak-secret')) kept = kept.filter((finding) => finding.ruleId !== 'hmac-short-secret');
  if (kept.some((finding) => finding.ruleId === 'alg-confusion-public-key-as-hmac-secret' && finding.messageId === 'pastedKey')) {
    kept = kept.filter((finding) => finding.ruleId !== 'alg-key-mismatch');
  }
  return kept;
}

function sortFindings(findings: Finding[]): Finding[] {
  const order = (finding: Finding) => SEVERITIES.indexOf(finding.severity) * 1000 + RULE_IDS.indexOf(finding.ruleId);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => order(a.finding) - order(b.finding) || a.index - b.index).map(({ finding }) => finding);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = JSON.stringify(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A rule that throws has a bug: one bug must not hide every other finding, nor pass for a clean check.
function runRule(rule: Rule, context: RuleContext): Finding[] {
  try {
    return rule.check(context);
  } catch (error) {
    return [createRuleFailure(rule.meta, error)];
  }
}

/** A rule's last findings for a token, and the inputs besides the token it was judged with. */
interface Remembered {
  reads: readonly unknown[];
  findings: Finding[];
}

// The findings are asked for again whenever the key, its verdict, the audit or the clock's phase
// changes, and most rules read none of those: each rule is judged again only when what it declares
// it reads has changed (a token of 5,000 claims with bidi overrides takes ~60 ms to judge whole). Checks are pure.
const rememberedFindings = new WeakMap<DecodedToken, Map<RuleId, Remembered>>();
const innerTokens = new WeakMap<DecodedToken, DecodedToken | null>();

/** Runs one rule on what its `needs` declare of the input, or returns its findings from the last run that read the same. */
function findingsOf(rule: Rule, input: RuleInput): Finding[] {
  const reads = readNeededValues(input, rule.meta.needs);
  let byRule = rememberedFindings.get(input.decoded);
  if (byRule === undefined) {
    byRule = new Map();
    rememberedFindings.set(input.decoded, byRule);
  }
  const last = byRule.get(rule.meta.id);
  if (last !== undefined && last.reads.every((value, index) => Object.is(value, reads[index]))) return last.findings;
  const findings = runRule(rule, createRuleContext(narrowRuleInput(input, rule.meta.needs)));
  byRule.set(rule.meta.id, { reads, findings });
  return findings;
}

function readInnerToken(context: RuleContext): DecodedToken | null {
  const { decoded, header } = context;
  if (decoded.kind !== 'jws' || header === null || normaliseTyp(header.cty) !== 'jwt') return null;
  const payload = decoded.parts[1].decoding;
  if (!payload.ok || payload.content.type !== 'text') return null;
  const inner = decodeToken(payload.content.text);
  return inner.kind === 'jws' || inner.kind === 'jwe' ? inner : null;
}

function findInnerInput(context: RuleContext): RuleInput | null {
  let inner = innerTokens.get(context.decoded);
  if (inner === undefined) {
    inner = readInnerToken(context);
    innerTokens.set(context.decoded, inner);
  }
  if (inner === null) return null;
  return context.clock ? { decoded: inner, clock: context.clock } : { decoded: inner };
}

function runAt(input: RuleInput, settled: SettledFindings, depth: number): Finding[] {
  const context = createRuleContext(input);
  if (context.kind === 'empty') return [];
  const found = RULES.flatMap((rule) => settled[rule.meta.id] ?? findingsOf(rule, input));
  const findings = applyInterplay(found, context);
  const inner = depth < MAX_NESTING ? findInnerInput(context) : null;
  // The nested token gets every rule, labelled as inner (docs/security-rules.md, how findings affect each other).
  const innerFindings = inner === null ? [] : runAt(inner, {}, depth + 1).map((finding) => ({ ...finding, inner: true }));
  return [...findings, ...innerFindings];
}

/**
 * Returns every finding for the token (and a nested `cty: JWT` token, labelled inner), interplay
 * applied, deduplicated, worst first; synchronous. Findings in `settled` replace their rule's
 * synchronous ones; a rule whose check throws gives one `rule-failed` entry (createRuleFailure).
 * Each rule reads only what its `needs` declare. Verifies nothing itself beyond the pure-JS HMAC
 * checks; time comes from `input.clock`.
 */
export function runSecurityRules(input: RuleInput, settled: SettledFindings = {}): Finding[] {
  return dedupe(sortFindings(runAt(input, settled, 0)));
}

/** Returns the findings of every rule that has an asynchronous check (WebCrypto, the entropy estimator), by rule id; never rejects. */
export async function runAsyncSecurityRules(input: RuleInput): Promise<SettledFindings> {
  const settled: SettledFindings = {};
  if (input.decoded.kind === 'empty') return settled;
  await Promise.all(
    RULES.map(async (rule) => {
      if (rule.checkAsync === undefined) return;
      try {
        settled[rule.meta.id] = await rule.checkAsync(createRuleContext(narrowRuleInput(input, rule.meta.needs)));
      } catch (error) {
        // What the synchronous check knows still holds; the failed complete check is reported beside it.
        const known = findingsOf(rule, input).filter((finding) => !isRuleFailure(finding));
        settled[rule.meta.id] = [...known, createRuleFailure(rule.meta, error)];
      }
    }),
  );
  return settled;
}

/** Returns the key input as the rules read it (text plus parsed key), or undefined for an empty input. */
export function readKeyInput(text: string, secretEncoding: SecretEncoding): KeyInput | undefined {
  if (text.trim() === '') return undefined;
  return { text, parsed: parseKeyInput(text, { secretEncoding }) };
}
