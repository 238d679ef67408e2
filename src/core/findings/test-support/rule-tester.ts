// Test-only: ESLint RuleTester-style tables for the security rules. `valid` tokens must not
// trigger the rule; `invalid` ones must produce exactly the listed findings, in any order.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { asUnixSeconds } from '../../claims/unix-seconds';
import type { JweDecryption } from '../../crypto/jwe-decryption';
import type { VerificationResult } from '../../crypto/verification-result';
import type { SecretEncoding } from '../../keys/decode-secret';
import { parseKeyInput } from '../../keys/parse-key-input';
import { decodeToken } from '../../token/decode-token';
import type { Evidence, Finding, FindingParams, Rule, Severity } from '../finding';
import { createRuleContext, narrowRuleInput, type AuditResult, type ClockInput, type RuleContext, type RuleInput } from '../rule-context';

/** The moment every clock-dependent test is judged at: 2025-06-15T15:06:40Z. */
export const NOW = 1_750_000_000;

export interface CaseInput {
  clock?: ClockInput | null;
  keyText?: string;
  secretEncoding?: SecretEncoding;
  verification?: VerificationResult;
  audit?: AuditResult;
  decryption?: JweDecryption;
}

export interface ValidCase extends CaseInput {
  name: string;
  token: string;
}

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  params?: FindingParams;
  /** The pointer of the first evidence entry. */
  pointer?: string;
  /** The whole evidence, entry by entry. */
  evidence?: Evidence[];
  notes?: string[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

const encoder = new TextEncoder();

/** Returns base64url of text or bytes. */
export function b64u(data: string | Uint8Array): string {
  return Buffer.from(typeof data === 'string' ? encoder.encode(data) : data).toString('base64url');
}

/** Returns a compact JWS from JSON-able (or raw string) header and payload and a signature segment. */
export function jws(header: unknown, payload: unknown = { sub: 'test' }, signature = 'c2lnbmF0dXJl'): string {
  const encode = (part: unknown) => b64u(typeof part === 'string' ? part : JSON.stringify(part));
  return `${encode(header)}.${encode(payload)}.${signature}`;
}

/** Returns a compact JWE with a real header and opaque other parts (the encrypted key is `encryptedKeyBytes` long). */
export function jwe(header: unknown, encryptedKeyBytes = 256): string {
  const bytes = (length: number) => b64u(Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256));
  const encodedHeader = typeof header === 'string' ? b64u(header) : b64u(JSON.stringify(header));
  return [encodedHeader, bytes(encryptedKeyBytes), bytes(12), bytes(48), bytes(16)].join('.');
}

/** Returns the rule input for a token and the optional clock, key, verification, audit and decryption result. */
function inputFor(token: string, input: CaseInput): RuleInput {
  const clock = input.clock === null ? undefined : (input.clock ?? { nowSeconds: asUnixSeconds(NOW), leewaySeconds: 0 });
  return {
    decoded: decodeToken(token),
    ...(clock ? { clock } : {}),
    ...(input.keyText !== undefined
      ? { key: { text: input.keyText, parsed: parseKeyInput(input.keyText, input.secretEncoding ? { secretEncoding: input.secretEncoding } : {}) } }
      : {}),
    ...(input.verification ? { verification: input.verification } : {}),
    ...(input.audit ? { audit: input.audit } : {}),
    ...(input.decryption ? { decryption: input.decryption } : {}),
  };
}

/** Returns the rule context for a token and the optional clock, key, verification, audit and decryption result. */
export function contextFor(token: string, input: CaseInput = {}): RuleContext {
  return createRuleContext(inputFor(token, input));
}

/** Runs one rule (its asynchronous check when it has one and `useAsync`) on a case, given only what its `needs` declare, as the runner does. */
export async function runRule(rule: Rule, testCase: ValidCase, useAsync: boolean): Promise<Finding[]> {
  const context = createRuleContext(narrowRuleInput(inputFor(testCase.token, testCase), rule.meta.needs));
  return useAsync && rule.checkAsync ? rule.checkAsync(context) : rule.check(context);
}

function matches(finding: Finding, expected: ExpectedFinding): boolean {
  if (finding.messageId !== expected.messageId) return false;
  if (expected.severity !== undefined && finding.severity !== expected.severity) return false;
  if (expected.params !== undefined && Object.entries(expected.params).some(([name, value]) => finding.params[name] !== value)) return false;
  if (expected.pointer !== undefined && finding.evidence?.[0]?.pointer !== expected.pointer) return false;
  if (expected.evidence !== undefined && !isDeepStrictEqual(finding.evidence ?? [], expected.evidence)) return false;
  if (expected.notes !== undefined && JSON.stringify((finding.notes ?? []).map((note) => note.messageId)) !== JSON.stringify(expected.notes)) return false;
  return true;
}

/** Pairs each expected finding with one actual finding; returns what is left over on both sides. */
function pairFindings(findings: Finding[], expected: ExpectedFinding[]): { unmatched: ExpectedFinding[]; unexpected: Finding[] } {
  const left = [...findings];
  const unmatched: ExpectedFinding[] = [];
  for (const wanted of expected) {
    const index = left.findIndex((finding) => matches(finding, wanted));
    if (index < 0) unmatched.push(wanted);
    else left.splice(index, 1);
  }
  return { unmatched, unexpected: left };
}

/** Declares the vitest cases for a rule's valid and invalid tables, through `check`, `checkAsync` or both. */
export function testRule(rule: Rule, tables: { valid: ValidCase[]; invalid: InvalidCase[] }, options: { mode?: 'sync' | 'async' | 'both' } = {}): void {
  const mode = options.mode ?? 'sync';
  const modes = mode === 'both' ? [false, true] : [mode === 'async'];
  for (const useAsync of modes) {
    const label = useAsync ? `${rule.meta.id} (async)` : rule.meta.id;
    describe(label, () => {
      it.each(tables.valid.map((testCase) => [testCase.name, testCase] as const))('valid: %s', async (_name, testCase) => {
        expect(await runRule(rule, testCase, useAsync)).toEqual([]);
      });
      it.each(tables.invalid.map((testCase) => [testCase.name, testCase] as const))('invalid: %s', async (_name, testCase) => {
        const findings = await runRule(rule, testCase, useAsync);
        for (const finding of findings) {
          expect(finding.ruleId).toBe(rule.meta.id);
          expect(rule.meta.messageIds).toContain(finding.messageId);
          expect(rule.meta.severities).toContain(finding.severity);
          for (const note of finding.notes ?? []) expect(rule.meta.messageIds).toContain(note.messageId);
        }
        expect(pairFindings(findings, testCase.findings)).toEqual({ unmatched: [], unexpected: [] });
      });
    });
  }
}
