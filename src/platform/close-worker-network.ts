// A <meta> Content-Security-Policy does not reach Web Workers: a worker follows the policy sent with
// its own script's response, which a static host may not send. So each worker removes, before any
// other of its modules runs, every way it has to reach the network or load more code by itself.
// Static and dynamic `import` stay: they load only the app's own chunks (the audit's dictionary),
// under the worker script's own CSP where the host sends one (docs/hosting.md).

/** The globals a worker could reach the network or load code with; absent ones are skipped. */
export const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'caches',
  'Worker',
  'SharedWorker',
] as const;

/** Navigator members that send data: `sendBeacon` where a worker has it. */
export const NETWORK_NAVIGATOR_MEMBERS = ['sendBeacon'] as const;

/** The error every disabled API throws (or, for `fetch`, rejects with). */
export class NetworkClosedError extends Error {
  constructor(readonly api: string) {
    super(`${api} is disabled in this worker: the app sends nothing anywhere.`);
    this.name = 'NetworkClosedError';
  }
}

function blocked(api: string): (...args: unknown[]) => never {
  // A plain function, so `new WebSocket(…)` throws the same error as a call.
  return function disabled(): never {
    throw new NetworkClosedError(api);
  };
}

/** Replaces `name` on `target` and on every prototype that defines it, fixed so it cannot be put back. */
function replaceEverywhere(target: object, name: string, descriptor: PropertyDescriptor): void {
  for (let owner: object | null = target; owner !== null; owner = Object.getPrototypeOf(owner) as object | null) {
    if (owner === target || Object.hasOwn(owner, name)) Object.defineProperty(owner, name, { ...descriptor, enumerable: false, configurable: false });
  }
}

/** What stands in for an API: `fetch` rejects, `caches` throws when read, everything else throws when called or constructed. */
function disabledDescriptor(name: string): PropertyDescriptor {
  if (name === 'fetch') return { value: () => Promise.reject(new NetworkClosedError(name)), writable: false };
  if (name === 'caches') return { get: blocked(name) };
  return { value: blocked(name), writable: false };
}

/** Returns whether `name` is reachable on `target`, as an own or inherited member. */
function reaches(target: object, name: string): boolean {
  for (let owner: object | null = target; owner !== null; owner = Object.getPrototypeOf(owner) as object | null) {
    if (Object.hasOwn(owner, name)) return true;
  }
  return false;
}

/**
 * Replaces each network and code-loading API of `scope` (NETWORK_GLOBALS, and
 * NETWORK_NAVIGATOR_MEMBERS on its navigator) that exists with one that throws
 * NetworkClosedError (`fetch` rejects, `caches` throws when read), on the scope and on every
 * prototype defining it, non-writable and non-configurable; returns the names it disabled. Does not touch `import`, nor `postMessage`
 * to the page, which is how a worker answers.
 */
export function closeWorkerNetwork(scope: object): string[] {
  const closed: string[] = [];
  for (const name of NETWORK_GLOBALS) {
    if (!reaches(scope, name)) continue;
    replaceEverywhere(scope, name, disabledDescriptor(name));
    closed.push(name);
  }
  const navigator: unknown = Reflect.get(scope, 'navigator');
  if (typeof navigator === 'object' && navigator !== null) {
    for (const name of NETWORK_NAVIGATOR_MEMBERS) {
      if (!reaches(navigator, name)) continue;
      replaceEverywhere(navigator, name, { value: blocked(`navigator.${name}`), writable: false });
      closed.push(`navigator.${name}`);
    }
  }
  return closed;
}

/** Whether this code runs in a worker (dedicated or shared), not in a page or in Node. */
function isWorkerScope(scope: object): boolean {
  const workerScope: unknown = Reflect.get(scope, 'WorkerGlobalScope');
  return typeof workerScope === 'function' && scope instanceof workerScope;
}

// Imported first by each worker entry, so this runs before any of the worker's other modules.
if (isWorkerScope(globalThis)) closeWorkerNetwork(globalThis);
