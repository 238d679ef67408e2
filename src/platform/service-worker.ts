import { scheduleWhenIdle } from './schedule-when-idle';

/** How long the user must leave the page alone, after an input, before the precache goes on. */
const PRECACHE_PAUSE_AFTER_INPUT_MS = 3000;
/**
 * How long the page must be left alone after it loaded before the service worker is registered (on
 * a first visit, its download starts then), unless the page is hidden first. A first paste usually
 * comes within seconds of opening the page; one 3 s after loading met the download (docs/decisions/014).
 */
const QUIET_BEFORE_REGISTERING_MS = 10_000;
const USER_INPUT = ['keydown', 'pointerdown', 'paste', 'input'] as const;

/** Calls `listener` on each key, pointer press, paste or input anywhere on the page; returns a function that stops it. */
function listenForUserInput(listener: () => void): () => void {
  for (const type of USER_INPUT) window.addEventListener(type, listener, { capture: true, passive: true });
  return () => {
    for (const type of USER_INPUT) window.removeEventListener(type, listener, true);
  };
}

/** A new version of the app, installed and waiting: its build id, and how to switch to it. */
export interface AppUpdate {
  buildId: string;
  /** Lets the waiting version take over, then reloads the page once it controls it. */
  apply: () => void;
}

let available: AppUpdate | null = null;
const listeners = new Set<() => void>();

function announce(update: AppUpdate): void {
  available = update;
  for (const listener of listeners) listener();
}

/** The update waiting to be applied, or null. */
export function readAppUpdate(): AppUpdate | null {
  return available;
}

/** Calls `listener` when an update becomes available; returns a function that stops it. */
export function subscribeToAppUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The build id a service worker reports, or null when it does not answer within a second. */
function askBuildId(worker: ServiceWorker): Promise<string | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 1000);
    channel.port1.onmessage = (event: MessageEvent<{ buildId?: unknown }>) => {
      clearTimeout(timer);
      resolve(typeof event.data.buildId === 'string' ? event.data.buildId : null);
    };
    worker.postMessage({ type: 'build-id' }, [channel.port2]);
  });
}

async function offer(container: ServiceWorkerContainer, worker: ServiceWorker): Promise<void> {
  // Without a controller this is the first install: it activates by itself and nothing changes for the page.
  if (!container.controller) return;
  const buildId = (await askBuildId(worker)) ?? '?';
  announce({
    buildId,
    apply: () => {
      container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      worker.postMessage({ type: 'skip-waiting' });
    },
  });
}

/**
 * While `worker` precaches the build, asks it on each input of the user to start no further file
 * until the page has been left alone for PRECACHE_PAUSE_AFTER_INPUT_MS: a paste meeting the download took two to four
 * times as long to paint. Returns a function that stops asking.
 */
function pausePrecacheOnInput(worker: ServiceWorker): () => void {
  return listenForUserInput(() => worker.postMessage({ type: 'pause-precache', ms: PRECACHE_PAUSE_AFTER_INPUT_MS }));
}

async function register(container: ServiceWorkerContainer): Promise<void> {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register(new URL('./sw.js', document.baseURI), { updateViaCache: 'none' });
  } catch {
    // No offline copy (a host refusing sw.js, a private window): the app works the same online.
    return;
  }
  // A new version may already be waiting or installing: the browser looks for one on every navigation.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === 'installed') void offer(container, worker);
    else if (worker.state === 'installing') {
      const stopPausing = pausePrecacheOnInput(worker);
      worker.addEventListener('statechange', () => {
        if (worker.state !== 'installing') stopPausing();
        if (worker.state === 'installed') void offer(container, worker);
      });
    }
  };
  watch(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

/**
 * Registers the service worker that keeps the app usable offline (docs/decisions/014) once the page
 * has loaded and then been left alone for QUIET_BEFORE_REGISTERING_MS and idle, or at once when the
 * page is hidden (the user has gone elsewhere, often to fetch a token): its precache downloads the
 * whole build, which must never compete with a paste. Production builds only: the dev server has no sw.js.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening = () => {};
  const stopWaiting = () => {
    clearTimeout(timer);
    stopListening();
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stopWaiting();
      scheduleWhenIdle(() => void register(container), 10_000);
    }, QUIET_BEFORE_REGISTERING_MS);
  };
  function onVisibilityChange() {
    if (document.visibilityState !== 'hidden') return;
    stopWaiting();
    void register(container);
  }
  const start = () => {
    stopListening = listenForUserInput(wait);
    document.addEventListener('visibilitychange', onVisibilityChange);
    wait();
    onVisibilityChange();
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
