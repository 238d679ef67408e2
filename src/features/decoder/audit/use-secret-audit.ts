import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SecretAuditResult } from '../../../core/audit/audit-hit';
import { auditTargetKey, readAuditTarget, type AuditTarget, type AuditUnavailableReason } from '../../../core/audit/audit-target';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { startAudit, type AuditRun, type AuditRunState } from './audit-pool';

/** The audit as the panel shows it: the findings' shape plus how it runs, and what the user can do. */
export interface SecretAudit extends SecretAuditResult {
  alg?: string;
  /** Why an HMAC-signed token cannot be audited, when `status` is `unavailable`. */
  unavailableReason?: AuditUnavailableReason;
  engine?: AuditRunState['engine'];
  workers?: number;
  elapsedMs?: number;
  wordlist?: AuditRunState['wordlist'];
  cancel: () => void;
  restart: () => void;
  /** Adds the user's wordlist file (read from disk in the workers, never uploaded) and runs again. */
  chooseWordlist: (file: File | null) => void;
}

/**
 * Audits an HS256/384/512 token's secret against the built-in lists (and the user's wordlist)
 * off the main thread. Starts by itself, restarts when the token changes, stops on unmount.
 */
export function useSecretAudit(decoded: DecodedToken | null): SecretAudit {
  const read = useMemo(() => (decoded ? readAuditTarget(decoded) : ({ kind: 'none' } as const)), [decoded]);
  const key = useMemo(() => (read.kind === 'target' ? auditTargetKey(read.target) : read.kind), [read]);
  // The run is keyed by the target's content: re-decoding the same token must not restart it.
  const [target, setTarget] = useState<{ key: string; target: AuditTarget } | null>(null);
  if (read.kind === 'target' && target?.key !== key) setTarget({ key, target: read.target });
  if (read.kind !== 'target' && target !== null) setTarget(null);

  const [wordlist, setWordlist] = useState<File | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [run, setRun] = useState<{ key: string; attempt: number; wordlist: File | null; state: AuditRunState } | null>(null);
  const active = useRef<AuditRun | null>(null);

  useEffect(() => {
    if (!target) return;
    const started = startAudit(target.target, wordlist, (state) => setRun({ key: target.key, attempt, wordlist, state }));
    active.current = started;
    return () => {
      started.cancel();
      if (active.current === started) active.current = null;
    };
  }, [target, wordlist, attempt]);

  const cancel = useCallback(() => active.current?.cancel(), []);
  const restart = useCallback(() => setAttempt((n) => n + 1), []);
  const chooseWordlist = useCallback((file: File | null) => setWordlist(file), []);
  const actions = { cancel, restart, chooseWordlist };

  if (read.kind === 'none') return { status: 'idle', checked: 0, total: 0, ...actions };
  if (read.kind === 'unavailable') return { status: 'unavailable', checked: 0, total: 0, alg: read.alg, unavailableReason: read.reason, ...actions };
  const alg = read.target.alg;
  const current = run && run.key === key && run.attempt === attempt && run.wordlist === wordlist ? run.state : null;
  if (!current) {
    const pending: SecretAudit = { status: 'running', checked: 0, total: 0, alg, ...actions };
    if (wordlist) pending.wordlist = { name: wordlist.name, bytes: wordlist.size, bytesRead: 0 };
    return pending;
  }
  const state = current;
  const result: SecretAudit = {
    status: state.status,
    checked: state.checked,
    total: state.total,
    alg,
    engine: state.engine,
    workers: state.workers,
    elapsedMs: state.elapsedMs,
    ...actions,
  };
  if (state.hit) result.hit = state.hit;
  if (state.wordlist) result.wordlist = state.wordlist;
  return result;
}
