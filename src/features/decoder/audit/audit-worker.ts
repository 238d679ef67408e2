// First: nothing below may reach the network or load code by itself (a <meta> CSP does not cover workers).
import '../../../platform/close-worker-network';
import type { Scanner } from '../../../core/audit/audit-target';
import { createCandidateSet } from '../../../core/audit/candidates';
import { HASH_OF_ALG, MAC_BYTES } from '../../../core/audit/hmac-alg';
import { createJsScanner } from '../../../core/audit/js-scanner';
import { packKeys } from '../../../core/audit/pack-keys';
import { compileKernel, createWasmScanner, WasmKernel } from '../../../core/audit/wasm-scanner';
import { runAuditJob, type JobEvent } from './audit-job';
import type { AuditRequest } from './audit-protocol';
import { commonCandidates } from './builtin-dictionary';

// Worker entry of the weak-secret audit. Everything stays in this worker: the dictionary is
// imported here on first use, the WASM kernel is compiled from bytes embedded in this bundle
// (nothing is fetched), and only progress and a hit go back to the page.

// Runs only ever replace each other: a run is over once a newer one started or it was cancelled.
let current = -1;
let cancelledRun = -1;
let kernel: Promise<WasmKernel | null> | null = null;

function loadKernel(): Promise<WasmKernel | null> {
  // Falls back to the JS loop where WebAssembly (or its SIMD) is missing or the CSP forbids it.
  kernel ??= compileKernel()
    .then((module) => WasmKernel.create(module))
    .then((instance) => {
      warmUp(instance);
      return instance;
    })
    .catch(() => null);
  return kernel;
}

/**
 * A few milliseconds of hashing on throwaway keys, so the engine's optimising compiler takes the
 * kernel's hot functions while the dictionary is still loading, not during the first audit.
 */
function warmUp(instance: WasmKernel): void {
  const set = createCandidateSet('user-wordlist', Array.from({ length: 512 }, (_, i) => `warm-up-${i}`));
  const signingInput = new Uint8Array(151);
  for (const alg of ['HS256', 'HS512'] as const) {
    const keys = packKeys(set, HASH_OF_ALG[alg]);
    const target = { alg, signingInput, signature: new Uint8Array(MAC_BYTES[alg]) };
    for (let round = 0; round < 4; round++) instance.scan(target, keys, 0, keys.count);
  }
}

// A MessageChannel turn, not setTimeout: nested timeouts are clamped to 4 ms, which would cost a
// third of the time; a message task lets a queued cancel through just the same.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function pause(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

async function createScanner(target: Parameters<typeof createJsScanner>[0]): Promise<Scanner> {
  const wasm = await loadKernel();
  return wasm ? createWasmScanner(wasm, target) : createJsScanner(target);
}

// The worker starts when an HS token is shown, so the audit is about to run: compile the kernel
// and load the common-password list now, while the first job checks the famous defaults.
void loadKernel();
void commonCandidates();

self.addEventListener('message', (event: MessageEvent<AuditRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelledRun = request.runId;
    return;
  }
  current = request.job.runId;
  void runAuditJob(request.job, {
    createScanner,
    pause,
    isCancelled: (runId) => runId !== current || runId === cancelledRun,
    emit: (message: JobEvent) => self.postMessage(message),
    now: () => performance.now(),
    sliceMs: 8,
  });
});
