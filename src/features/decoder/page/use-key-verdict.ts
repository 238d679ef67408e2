import { useEffect, useMemo } from 'react';
import type { AuditResult } from '../../../core/audit/audit-hit';
import type { VerificationResult } from '../../../core/crypto/verification-result';
import type { KeyInput } from '../../../core/findings/rule-context';
import type { InspectionReport } from '../../../core/inspect-token';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { KeyFormat } from '../../../core/keys/detect-key-format';
import { readVerifiableToken } from '../../../core/token/read-verifiable-token';
import { useAsyncValue } from '../../../platform/use-async-value';
import { scheduleWhenIdle } from '../../../platform/schedule-when-idle';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';
import { useAuditResultStore } from '../audit/audit-result-store';
import type { KeyDetails } from '../verify/describe-key';
import { isNoneVariant } from '../../../core/findings/none-variant';
import { NO_KEY_DECRYPTION, PENDING_DECRYPTION, settleDecryption, UNAVAILABLE_DECRYPTION, type DecryptionVerdict } from '../decrypt/decryption-verdict';
import type { DecryptRequest } from '../decrypt/decrypt-worker';
import { useWorkerDecryption } from '../decrypt/use-worker-decryption';
import { useDecoderStore } from './decoder-store';

const verifier = createModuleLoader(() => import('../verify/verifier'));
type VerifierModule = Awaited<ReturnType<typeof verifier.load>>;

/** Starts fetching the verifier when the key box gets focus, so the first verdict does not wait for it. */
export function preloadVerifier(): void {
  void verifier.load().catch(() => {
    // A failed preload is tried again by the derivation, which reports it.
  });
}

/** Everything derived from the token and the key together, each computed once per input. */
export interface KeyVerdict {
  /** `none` for an empty key box; null for the moment the key reader takes to load. */
  keyFormat: KeyFormat | null;
  /** The key text and what was read from it, for the rules; undefined for an empty key box or while loading. */
  key: KeyInput | undefined;
  /** The verdict on the signature; null when the token has none to check (empty, JWE). */
  verification: VerificationResult | null;
  /** The verdict is for the cleaned token, which the user asked for, not the text pasted. */
  verifiedCleaned: boolean;
  keyDetails: KeyDetails | null;
  /** The weak-secret audit's result for this token, once it has one. */
  audit: AuditResult | undefined;
  /** The decryption of a JWE with the key; null when the token is not a JWE. */
  decryption?: DecryptionVerdict | null;
}

const NO_KEY: VerificationResult = { status: 'no-key' };
const PENDING: VerificationResult = { status: 'pending' };
const UNAVAILABLE: VerificationResult = { status: 'error', reason: 'verifier-unavailable' };

function decryptOnPage(request: DecryptRequest) {
  return verifier.load().then((module) => module.decryptJwe(request.token, request.keyText, request.options));
}

function formatOf(key: KeyInput | undefined): KeyFormat | null {
  if (!key) return null;
  return key.parsed.ok ? key.parsed.key.format : key.parsed.format;
}

/**
 * Reads the key once, verifies the signature once and describes the key once for each token and
 * key; stale results are dropped. The verifier and the key readers load with the first key. The
 * token is the one chosen among those found in a pasted text.
 */
export function useKeyVerdict(report: InspectionReport | null, keyText: string, secretEncoding: SecretEncoding, verifyCleanedToken: boolean): KeyVerdict {
  const hasKey = keyText.trim() !== '';
  const module = useLoadedModule(verifier, hasKey);
  const failed = useAsyncValue(
    hasKey && !module
      ? () =>
          verifier.load().then(
            () => false,
            () => true,
          )
      : null,
    [hasKey],
  );
  const key = useMemo((): KeyInput | undefined => (hasKey && module ? { text: keyText, parsed: module.parseKeyInput(keyText, { secretEncoding }) } : undefined), [hasKey, module, keyText, secretEncoding]);

  const decoded = report?.decoded ?? null;
  // A signed or encrypted token on screen means a key comes next: fetch the verifier once the token
  // is painted and the page is idle, so the first key does not wait for it.
  const paintedDecoded = useValueAfterPaint(decoded);
  const signed = paintedDecoded?.kind === 'jws' || paintedDecoded?.kind === 'malformed' || paintedDecoded?.kind === 'jwe';
  useEffect(() => (signed && !hasKey ? scheduleWhenIdle(preloadVerifier) : undefined), [signed, hasKey]);

  const target = useMemo(() => (decoded ? readVerifiableToken(decoded, verifyCleanedToken) : null), [decoded, verifyCleanedToken]);
  const token = target?.ok ? target.token : null;
  const verified = useAsyncValue(module && key && token !== null ? () => module.verifySignature({ token, key: key.parsed }) : null, [module, key, token]);
  const details = useAsyncValue(module && key ? () => module.describeKey(key.parsed).catch(() => null) : null, [module, key]);
  const decryption = useDecryption(report, module, hasKey && failed.settled && failed.value, keyText, secretEncoding);
  const auditToken = useAuditResultStore((state) => state.token);
  const auditResult = useAuditResultStore((state) => state.result);

  let verification: VerificationResult | null;
  if (target === null) verification = null;
  // An unsigned token has nothing to verify: say so rather than ask for a key.
  else if (isNoneVariant(report?.header?.alg)) verification = { status: 'invalid', reason: 'alg-none', params: { alg: report?.header?.alg ?? 'none' } };
  else if (!hasKey) verification = NO_KEY;
  else if (!target.ok) verification = { status: 'invalid', reason: target.reason, params: { spaces: target.removedSpaces } };
  else if (failed.settled && failed.value) verification = UNAVAILABLE;
  else verification = verified.settled ? verified.value : PENDING;

  const keyFormat = hasKey ? formatOf(key) : 'none';
  const verifiedCleaned = target?.ok === true && target.cleaned;
  const keyDetails = details.settled ? details.value : null;
  const audit = decoded && decoded.kind !== 'empty' && auditToken === decoded.normalisation.text && auditResult ? auditResult : undefined;
  // One object per change of any field, so the panels reading it from context re-render only then.
  return useMemo(
    () => ({ keyFormat, key, verification, verifiedCleaned, keyDetails, audit, decryption }),
    [keyFormat, key, verification, verifiedCleaned, keyDetails, audit, decryption],
  );
}

/**
 * Decrypts a JWE once per token, key and encoding (stale results dropped). PBES2 counts the user
 * allowed above the default limit run in a worker of their own, so Cancel can stop them.
 */
function useDecryption(report: InspectionReport | null, module: VerifierModule | null, unavailable: boolean, keyText: string, secretEncoding: SecretEncoding): DecryptionVerdict | null {
  const decoded = report?.decoded;
  const token = decoded?.kind === 'jwe' ? decoded.normalisation.text : null;
  const hasKey = keyText.trim() !== '';
  const allowance = useDecoderStore((state) => state.pbes2Allowance);
  const allowedCount = allowance !== null && allowance.token === token ? allowance.count : undefined;
  const onPage = useAsyncValue(
    module && hasKey && token !== null && allowedCount === undefined ? () => module.decryptJwe(token, keyText, { secretEncoding }) : null,
    [module, hasKey, token, keyText, secretEncoding, allowedCount],
  );
  const request = useMemo(
    (): DecryptRequest | null => (hasKey && token !== null && allowedCount !== undefined ? { token, keyText, options: { secretEncoding, allowPbes2Count: allowedCount } } : null),
    [hasKey, token, keyText, secretEncoding, allowedCount],
  );
  const inWorker = useWorkerDecryption(request, decryptOnPage);
  const run = allowedCount === undefined ? onPage : inWorker;
  const result = run.settled ? run.value : null;
  const cty = report?.header?.cty;
  const alg = report?.header?.alg;
  const verdict = useMemo((): DecryptionVerdict | null => {
    if (token === null) return null;
    if (!hasKey) return NO_KEY_DECRYPTION;
    if (result !== null) return settleDecryption(result, cty);
    if (unavailable) return UNAVAILABLE_DECRYPTION;
    return allowedCount === undefined ? PENDING_DECRYPTION : { state: 'pending', allowed: { alg: typeof alg === 'string' ? alg : '', count: allowedCount } };
  }, [token, hasKey, result, cty, alg, unavailable, allowedCount]);
  return verdict;
}
