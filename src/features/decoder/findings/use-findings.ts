import { useMemo } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { JweDecryption } from '../../../core/crypto/jwe-decryption';
import type { VerificationResult } from '../../../core/crypto/verification-result';
import type { Finding } from '../../../core/findings/finding';
import type { AuditResult, KeyInput, RuleInput } from '../../../core/findings/rule-context';
import { runAsyncSecurityRules, runSecurityRules, type SettledFindings } from '../../../core/findings/run-security-rules';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { useAsyncValue } from '../../../platform/use-async-value';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';

/** What the findings depend on, as plain values read from the decoder's derivation and the clock. */
export interface FindingsInputs {
  decoded: DecodedToken;
  /** The key text and what was read from it (read once, by the derivation). */
  key: KeyInput | undefined;
  /** The derivation's verdict on the signature; null when there is nothing to verify. */
  verification: VerificationResult | null;
  leewaySeconds: number;
  /** The moment the clock rules judge at (this computer's clock or the one chosen). */
  nowSeconds: UnixSeconds;
  /** The weak-secret audit's result, when it runs. */
  audit?: AuditResult;
  /** A JWE's settled decryption with the key, for the rules that judge its outcome (the `zip` ratio). */
  decryption?: JweDecryption;
}

const NOTHING_SETTLED: SettledFindings = {};

/** What the findings list shows. */
export interface FindingsState {
  findings: Finding[];
  /** Asynchronous checks (WebCrypto, the entropy estimator, the verification) have not settled yet. */
  checking: boolean;
}

/**
 * Runs the security rules: the token and clock rules at once, the key rules with the key and the
 * verdict, the audit's result when given, then the asynchronous checks, whose results replace their
 * rules' first answers. Verifies nothing and reads no key itself.
 */
export function useFindings({ decoded, key, verification, leewaySeconds, nowSeconds, audit, decryption }: FindingsInputs): FindingsState {
  const pending = verification?.status === 'pending';
  const input = useMemo((): RuleInput => {
    const base: RuleInput = { decoded, clock: { nowSeconds, leewaySeconds } };
    if (key !== undefined) base.key = key;
    if (verification !== null && verification.status !== 'pending' && verification.status !== 'no-key') base.verification = verification;
    if (audit !== undefined) base.audit = audit;
    if (decryption !== undefined) base.decryption = decryption;
    return base;
  }, [decoded, nowSeconds, leewaySeconds, key, verification, audit, decryption]);

  // The slow checks (WebCrypto, the password-strength estimate) start once the verdict is painted,
  // so they never delay it.
  const asyncInput = useMemo(() => (key ? { decoded, key } : { decoded }), [decoded, key]);
  const painted = useValueAfterPaint(pending ? null : asyncInput);
  const ready = painted === asyncInput;
  const settled = useAsyncValue(ready ? () => runAsyncSecurityRules(asyncInput) : null, [asyncInput]);

  const settledFindings = settled.settled ? settled.value : NOTHING_SETTLED;
  const findings = useMemo(() => runSecurityRules(input, settledFindings), [input, settledFindings]);
  return { findings, checking: !settled.settled || pending };
}
