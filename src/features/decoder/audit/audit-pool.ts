import type { AuditHit } from '../../../core/audit/audit-hit';
import type { AuditEngine, AuditTarget } from '../../../core/audit/audit-target';
import type { AuditJob, JobEvent } from './audit-job';
import type { AuditRequest } from './audit-protocol';

/** A run's state as the page shows it: the sum of its workers' progress. */
export interface AuditRunState {
  status: 'running' | 'done' | 'cancelled';
  checked: number;
  total: number;
  hit?: AuditHit;
  engine?: AuditEngine;
  /** How many workers share the run (0: on the page itself, where workers are unavailable). */
  workers: number;
  wordlist?: { name: string; bytes: number; bytesRead: number };
  /** From the start to the end of the run (performance.now() milliseconds). */
  elapsedMs: number;
  error?: string;
}

export interface AuditRun {
  cancel(): void;
}

interface PartState {
  checked: number;
  total: number;
  bytesRead: number;
  done: boolean;
}

let workers: Worker[] | null = null;
let workersBroken = false;
let nextRunId = 1;
/** Called when the workers fail to start: the active run moves to the page. */
let onWorkersBroken: (() => void) | null = null;

/** Each worker loads and encodes its own copy of the lists (a few MB): past this, more cost more than they bring. */
const MAX_WORKERS = 8;

/** One worker per core but one (the page keeps a core), at least one, at most 8. */
export function auditWorkerCount(): number {
  const cores = typeof navigator === 'object' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.min(MAX_WORKERS, Math.max(1, cores - 1));
}

function getWorkers(): Worker[] | null {
  if (workersBroken || typeof Worker === 'undefined') return null;
  if (workers) return workers;
  try {
    workers = Array.from({ length: auditWorkerCount() }, () => {
      const worker = new Worker(new URL('./audit-worker.ts', import.meta.url), { type: 'module', name: 'secret-audit' });
      worker.addEventListener('error', breakWorkers);
      worker.addEventListener('messageerror', breakWorkers);
      return worker;
    });
  } catch {
    breakWorkers();
    return null;
  }
  return workers;
}

function breakWorkers(): void {
  workersBroken = true;
  for (const worker of workers ?? []) worker.terminate();
  workers = null;
  onWorkersBroken?.();
}

/** Byte ranges that split a file into `parts` (lines are assigned by where they start). */
function fileParts(file: File | null, parts: number, part: number): AuditJob['wordlist'] {
  if (!file) return null;
  const start = Math.floor((file.size * part) / parts);
  const end = Math.floor((file.size * (part + 1)) / parts);
  return { file, name: file.name, start, end };
}

/**
 * Starts auditing `target` against the built-in lists and, when given, the user's wordlist file:
 * split over the audit workers, or on the page in short slices where workers are unavailable.
 * `onChange` gets every new state until the run ends; `cancel()` stops it.
 */
export function startAudit(target: AuditTarget, wordlist: File | null, onChange: (state: AuditRunState) => void): AuditRun {
  const runId = nextRunId++;
  const startedAt = performance.now();
  let finished = false;
  let stopPage: (() => void) | null = null;
  let parts: PartState[] = [];
  const detach: (() => void)[] = [];
  const state: AuditRunState = { status: 'running', checked: 0, total: 0, workers: 0, elapsedMs: 0 };
  if (wordlist) state.wordlist = { name: wordlist.name, bytes: wordlist.size, bytesRead: 0 };

  const publish = () => {
    state.checked = parts.reduce((sum, p) => sum + p.checked, 0);
    state.total = parts.reduce((sum, p) => sum + p.total, 0);
    if (state.wordlist) state.wordlist = { ...state.wordlist, bytesRead: parts.reduce((sum, p) => sum + p.bytesRead, 0) };
    state.elapsedMs = performance.now() - startedAt;
    onChange({ ...state });
  };

  const finish = (status: AuditRunState['status']) => {
    if (finished) return;
    finished = true;
    for (const undo of detach.splice(0)) undo();
    if (onWorkersBroken === restartOnPage) onWorkersBroken = null;
    state.status = status;
    publish();
  };

  const handle = (part: number) => (event: JobEvent) => {
    if (finished) return;
    if (event.type === 'error') {
      state.error = event.message;
      parts[part]!.done = true;
    } else {
      parts[part] = { checked: event.checked, total: event.total, bytesRead: Math.max(0, event.bytesRead), done: event.type !== 'progress' };
      state.engine = event.engine;
    }
    if (event.type === 'hit') {
      state.hit = event.hit;
      cancelOthers();
      finish('done');
      return;
    }
    if (parts.every((p) => p.done)) finish('done');
    else publish();
  };

  const cancelOthers = () => {
    for (const worker of workers ?? []) worker.postMessage({ type: 'cancel', runId } satisfies AuditRequest);
    stopPage?.();
  };

  function runOnPage(): void {
    // No workers: the JS loop on the page, a few milliseconds at a time between timeouts.
    parts = [{ checked: 0, total: 0, bytesRead: 0, done: false }];
    state.workers = 0;
    let stopped = false;
    stopPage = () => {
      stopped = true;
    };
    const job: AuditJob = { runId, target, part: 0, parts: 1, builtin: true, wordlist: fileParts(wordlist, 1, 0) };
    const onEvent = handle(0);
    // The job's code (and the JS loop) load only on this path: with workers, they live in the worker.
    void Promise.all([import('./audit-job'), import('../../../core/audit/js-scanner')]).then(([{ runAuditJob }, { createJsScanner }]) =>
      runAuditJob(job, {
        createScanner: (t) => Promise.resolve(createJsScanner(t)),
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        isCancelled: () => stopped || finished,
        emit: onEvent,
        now: () => performance.now(),
        sliceMs: 6,
      }),
    );
  }

  function restartOnPage(): void {
    if (finished) return;
    for (const undo of detach.splice(0)) undo();
    runOnPage();
  }

  const pool = getWorkers();
  if (pool) {
    parts = pool.map(() => ({ checked: 0, total: 0, bytesRead: 0, done: false }));
    state.workers = pool.length;
    onWorkersBroken = restartOnPage;
    pool.forEach((worker, part) => {
      const onEvent = handle(part);
      const listener = (event: MessageEvent<JobEvent>) => {
        if (event.data.runId === runId) onEvent(event.data);
      };
      worker.addEventListener('message', listener);
      detach.push(() => worker.removeEventListener('message', listener));
      const job: AuditJob = { runId, target, part, parts: pool.length, builtin: true, wordlist: fileParts(wordlist, pool.length, part) };
      worker.postMessage({ type: 'run', job } satisfies AuditRequest);
    });
  } else {
    runOnPage();
  }
  publish();

  return {
    cancel() {
      if (finished) return;
      cancelOthers();
      finish('cancelled');
    },
  };
}
