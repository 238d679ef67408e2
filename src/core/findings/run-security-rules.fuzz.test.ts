import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asUnixSeconds } from '../claims/unix-seconds';
import type { VerificationResult, VerifyStatus } from '../crypto/verification-result';
import { inspectToken } from '../inspect-token';
import { decoderInput, keyText, leewaySeconds, nowSeconds, signedTokenAndKey } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit, withinTimeLimitAsync } from '../test-support/fuzz-runs';
import type { SecretEncoding } from '../keys/decode-secret';
import { isRuleFailure, MAX_FINDING_TEXT, RULE_FAILED, SEVERITIES, type EvidencePart, type Finding, type RuleMeta } from './finding';
import { RULES } from './registry';
import { createRuleContext, type AuditResult, type RuleInput } from './rule-context';
import { RULE_IDS } from './rule-ids';
import { readKeyInput, runAsyncSecurityRules, runSecurityRules } from './run-security-rules';

const META = new Map<string, RuleMeta>(RULES.map((rule) => [rule.meta.id, rule.meta]));
const EVIDENCE_PARTS: ReadonlySet<string> = new Set(
  Object.keys({ token: 0, header: 0, payload: 0, signature: 0, 'encrypted-key': 0, iv: 0, ciphertext: 0, tag: 0, key: 0, audit: 0 } satisfies Record<EvidencePart, 0>),
);
const PARSING_RULES: ReadonlySet<string> = new Set(['non-canonical-base64url', 'not-compact-serialization', 'duplicate-json-keys', 'json-parsing-anomaly']);
const VERIFY_STATUSES: readonly VerifyStatus[] = ['valid', 'invalid', 'error', 'unsupported'];
const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];

/** A verdict as the verifier may have given it. */
const verification: fc.Arbitrary<VerificationResult> = fc
  .tuple(fc.constantFrom(...VERIFY_STATUSES), fc.constantFrom(undefined, 'signature-mismatch', 'alg-none', 'key-alg-mismatch', 'kid-not-found', 'json-syntax'))
  .map(([status, reason]) => (reason === undefined || status === 'valid' ? { status } : { status, reason }));

/** The audit as the findings read it: not run, under way, or done with or without the secret it found. */
const audit: fc.Arbitrary<AuditResult> = fc.oneof(
  fc.constantFrom<AuditResult>({ status: 'idle' }, { status: 'running' }, { status: 'done' }, { status: 'cancelled' }, { status: 'unavailable' }),
  fc.constantFrom('secret', '', 'constructor', '\u200Badmin').map((secretText): AuditResult => ({
    status: 'done',
    hit: { secretText, secretHex: Buffer.from(secretText).toString('hex'), source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' },
  })),
);

/** A token as the decoder reads it from anything pasted, or a token signed with a real key together with that key (or another) as pasted. */
const tokenAndKey: fc.Arbitrary<{ text: string; key?: [string, SecretEncoding] }> = fc.oneof(
  { arbitrary: fc.tuple(decoderInput, fc.option(fc.tuple(keyText(), fc.constantFrom(...ENCODINGS)), { nil: undefined })).map(([text, key]) => (key ? { text, key } : { text })), weight: 3 },
  { arbitrary: signedTokenAndKey().map(({ token, keyText: text }) => ({ text: token, key: [text, 'utf8'] as [string, SecretEncoding] })), weight: 1 },
);

/** Everything the rules may be given: a decoded token as the decoder makes it, and any of the clock, a key, a verdict and the audit. */
const ruleInput: fc.Arbitrary<RuleInput> = fc
  .record({ tokenAndKey, clock: fc.record({ nowSeconds: nowSeconds.map(asUnixSeconds), leewaySeconds }), verification, audit }, { requiredKeys: ['tokenAndKey'] })
  .map(({ tokenAndKey: { text, key }, audit: auditResult, ...rest }): RuleInput => {
    const report = inspectToken(text);
    const keyInput = key === undefined ? undefined : readKeyInput(...key);
    // The audit only runs on, and only finds secrets of, HMAC tokens.
    const alg = report.header !== null && Object.hasOwn(report.header, 'alg') ? report.header.alg : undefined;
    const audited = auditResult?.hit !== undefined && !(typeof alg === 'string' && /^HS(256|384|512)$/.test(alg)) ? { status: auditResult.status } : auditResult;
    return { decoded: report.decoded, ...rest, ...(keyInput ? { key: keyInput } : {}), ...(audited ? { audit: audited } : {}) };
  });

/** Every finding is one its rule can report, with plain, finite parameters and evidence that points somewhere real. */
function checkFindings(findings: readonly Finding[]): void {
  const seen = new Set<string>();
  let previousSeverity = 0;
  for (const finding of findings) {
    const where = () => JSON.stringify(finding).slice(0, 400);
    const meta = META.get(finding.ruleId);
    ensure(meta !== undefined && (RULE_IDS as readonly string[]).includes(finding.ruleId), where);
    if (isRuleFailure(finding)) ensure(finding.severity === 'info' && typeof finding.params.error === 'string', where);
    else ensure(meta.severities.includes(finding.severity) && meta.messageIds.includes(finding.messageId), where);
    for (const value of Object.values(finding.params)) ensure(typeof value === 'string' ? value.length <= MAX_FINDING_TEXT : Number.isFinite(value), where);
    for (const evidence of finding.evidence ?? []) {
      ensure(EVIDENCE_PARTS.has(evidence.part), where);
      ensure(evidence.pointer === undefined || evidence.pointer === '' || evidence.pointer.startsWith('/'), where);
      ensure(evidence.value === undefined || evidence.value.length <= MAX_FINDING_TEXT, where);
      ensure(evidence.measure === undefined || (Number.isFinite(evidence.measure.count) && evidence.measure.count >= 0), where);
    }
    for (const note of finding.notes ?? []) ensure(Object.values(note.params ?? {}).every((value) => (typeof value === 'string' ? value.length <= MAX_FINDING_TEXT : Number.isFinite(value))), where);
    const severity = SEVERITIES.indexOf(finding.severity);
    ensure(severity >= previousSeverity, () => `not worst first: ${where()}`);
    previousSeverity = severity;
    const key = JSON.stringify(finding);
    ensure(!seen.has(key), () => `repeated: ${where()}`);
    seen.add(key);
  }
}

/** What a rule that throws may throw: errors of every kind the engine makes, and what code may throw instead. */
const thrown = fc.constantFrom<unknown>(new TypeError("Cannot read properties of undefined (reading 'some')"), new RangeError('Maximum call stack size exceeded'), new Error(''), 'a string', undefined, 42);

describe('the security rules on any token, key, clock, verdict and audit (fuzz)', () => {
  it('no rule throws, and every finding is one its rule can report, worst first, each once', () => {
    fc.assert(
      fc.property(ruleInput, (input) => {
        const findings = withinTimeLimit('runSecurityRules', () => runSecurityRules(input));
        const failures = findings.filter(isRuleFailure).map((finding) => `${finding.ruleId}: ${finding.params.error}`);
        expect(failures).toEqual([]);
        checkFindings(findings);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('no asynchronous check rejects or fails, and what they settle replaces the first answers within the same bounds', async () => {
    await fc.assert(
      fc.asyncProperty(ruleInput, async (input) => {
        const settled = await withinTimeLimitAsync('runAsyncSecurityRules', () => runAsyncSecurityRules(input));
        const failures = Object.values(settled).flat().filter(isRuleFailure).map((finding) => `${finding.ruleId}: ${finding.params.error}`);
        expect(failures).toEqual([]);
        checkFindings(withinTimeLimit('runSecurityRules', () => runSecurityRules(input, settled)));
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('a rule that throws becomes one visible rule-failed entry, and never hides another rule or the list', () => {
    fc.assert(
      fc.property(ruleInput, fc.oneof(fc.subarray([...RULES]), fc.constant([...RULES])), thrown, (input, throwing, error) => {
        // Swapped by hand: a spy would keep every call's context, a hundred thousand decoded tokens.
        const originals = throwing.map((rule) => rule.check);
        for (const rule of throwing) {
          rule.check = () => {
            throw error;
          };
        }
        try {
          const findings = withinTimeLimit('runSecurityRules', () => runSecurityRules(input));
          checkFindings(findings);
          const failed = new Set(findings.filter((finding) => finding.messageId === RULE_FAILED && finding.inner !== true).map((finding) => finding.ruleId));
          const thrower = new Set<string>(throwing.map((rule) => rule.meta.id));
          for (const id of failed) ensure(thrower.has(id), `${id} reported failed without throwing`);
          // The interplay may drop what a suppressed rule says, but never a parsing rule's answer; with every rule throwing, nothing is suppressed.
          const context = createRuleContext(input);
          const shown = throwing.filter((rule) => PARSING_RULES.has(rule.meta.id) || (throwing.length === RULES.length && !context.fatal));
          for (const rule of context.kind === 'empty' ? [] : shown) ensure(failed.has(rule.meta.id), `${rule.meta.id} threw without a rule-failed entry`);
        } finally {
          for (const [index, rule] of throwing.entries()) rule.check = originals[index] ?? rule.check;
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
