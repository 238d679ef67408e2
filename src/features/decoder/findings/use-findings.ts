import { useEffect, useMemo, useState } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { Finding } from '../../../core/findings/finding';
import type { AuditResult, KeyInput, RuleInput } from '../../../core/findings/rule-context';
import { readKeyInput, runAsyncSecurityRules, runSecurityRules, type SettledFindings } from '../../../core/findings/run-security-rules';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { useVerification } from '../verify/use-verification';

/** What the findings depend on, as plain values (the caller reads the stores and the clock). */
export interface FindingsInputs {
  decoded: DecodedToken;
  keyText: string;
  secretEncoding: SecretEncoding;
  leewaySeconds: number;
  /** The moment the clock rules judge at (this computer's clock or the one chosen). */
  nowSeconds: UnixSeconds;
  /** The weak-secret audit's result, when it runs. */
  audit?: AuditResult;
}

/** What the findings list shows. */
export interface FindingsState {
  findings: Finding[];
  /** Asynchronous checks (WebCrypto, the entropy estimator, the verification) have not settled yet. */
  checking: boolean;
  /** A key was given, so the token's signature was (or is being) verified. */
  keyGiven: boolean;
}

/**
 * Runs the security rules: the token and clock rules at once, the key rules with the key and the
 * verification result, the audit's result when given, then the asynchronous checks, whose results
 * replace their rules' first answers. A result for inputs that have since changed is dropped.
 */
export function useFindings({ decoded, keyText, secretEncoding, leewaySeconds, nowSeconds, audit }: FindingsInputs): FindingsState {
  const verification = useVerification(decoded, keyText, secretEncoding);
  const key = useMemo(() => readKeyInput(keyText, secretEncoding), [keyText, secretEncoding]);

  const input = useMemo((): RuleInput => {
    const base: RuleInput = { decoded, clock: { nowSeconds, leewaySeconds } };
    if (key !== undefined) base.key = key;
    if (verification !== null && verification.status !== 'pending' && verification.status !== 'no-key') base.verification = verification;
    if (audit !== undefined) base.audit = audit;
    return base;
  }, [decoded, nowSeconds, leewaySeconds, key, verification, audit]);

  const [settled, setSettled] = useState<{ decoded: DecodedToken; key: KeyInput | undefined; findings: SettledFindings } | null>(null);
  useEffect(() => {
    let current = true;
    void runAsyncSecurityRules(key ? { decoded, key } : { decoded }).then((findings) => {
      if (current) setSettled({ decoded, key, findings });
    });
    return () => {
      current = false;
    };
  }, [decoded, key]);

  const fresh = settled !== null && settled.decoded === decoded && settled.key === key;
  const findings = useMemo(() => runSecurityRules(input, fresh ? settled.findings : {}), [input, fresh, settled]);
  return { findings, checking: !fresh || verification?.status === 'pending', keyGiven: key !== undefined };
}
