import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asUnixSeconds } from '../claims/unix-seconds';
import { encodeBase64Url } from '../encoding/base64url';
import { hostileKeyText, hostileToken, PROTOTYPE_NAMES } from '../test-support/prototype-names';
import { decodeToken } from '../token/decode-token';
import { isRuleFailure, type Finding } from './finding';
import type { RuleInput } from './rule-context';
import { readKeyInput, runAsyncSecurityRules, runSecurityRules } from './run-security-rules';

const clock = { nowSeconds: asUnixSeconds(1_750_000_000), leewaySeconds: 0 };
const b64 = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

function inputFor(token: string, keyText?: string): RuleInput {
  const key = keyText === undefined ? undefined : readKeyInput(keyText, 'utf8');
  return { decoded: decodeToken(token), clock, ...(key ? { key } : {}) };
}

/** The rules that threw, with their errors: none may. */
const failures = (findings: readonly Finding[]) => findings.filter(isRuleFailure).map((finding) => `${finding.ruleId}: ${String(finding.params.error)}`);

describe('the security rules with Object.prototype names in the token and the key', () => {
  it.each(PROTOTYPE_NAMES)('a header jwk of kty "%s" with a "d" member is still a private key exposed', (name) => {
    const token = `${b64({ alg: 'ES256', jwk: { kty: name, d: 'AQAB' } })}.${b64({ sub: 'x' })}.c2ln`;
    const findings = runSecurityRules(inputFor(token));
    expect(failures(findings)).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'private-key-exposed', severity: 'critical', messageId: 'inToken' }));
  });

  it.each(PROTOTYPE_NAMES)('alg "%s" with a signature and a JWK of that kty: no rule throws', (name) => {
    const token = `${b64({ alg: name, typ: name, crit: [name], [name]: name })}.${b64({ [name]: name })}.${encodeBase64Url(new Uint8Array(64))}`;
    expect(failures(runSecurityRules(inputFor(token, JSON.stringify({ kty: name, crv: name, alg: name }))))).toEqual([]);
  });

  it('no rule throws for any hostile token, with no key, a secret, or a hostile JWK or JWK Set', () => {
    fc.assert(
      fc.property(hostileToken, fc.option(fc.oneof(fc.constant('secret'), hostileKeyText)), (token, keyText) => {
        expect(failures(runSecurityRules(inputFor(token, keyText ?? undefined)))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('no asynchronous check throws either (WebCrypto, the estimator)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileToken, fc.option(hostileKeyText), async (token, keyText) => {
        const settled = await runAsyncSecurityRules(inputFor(token, keyText ?? undefined));
        expect(failures(Object.values(settled).flat())).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
