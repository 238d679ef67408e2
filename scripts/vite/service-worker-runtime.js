/* global BUILD_ID, PRECACHE */
// The service worker's code. scripts/vite/service-worker.ts writes `dist/sw.js` as two constants
// (BUILD_ID, PRECACHE: every file of the build, relative to this script) followed by this file.
// docs/decisions/014-offline-service-worker.md says why it is this small and does what it does.
//
// - install: fetch every file of the build into a cache named after the scope and the build id.
//   A few files at a time, each started only when the page has not asked it to wait (`pause-precache`,
//   sent on each key, pointer press, paste or input): a paste after a key or a tap meets at most the
//   files already asked for.
//   Nothing else is ever written to a cache: not a response to a request the page makes later,
//   and nothing the user enters (tokens and keys are never requested from anywhere).
// - fetch: a GET for a precached file of this origin, with no query, is answered from the cache
//   (the fragment is never part of the lookup); so is a navigation to the app's page whatever its
//   query, which keeps a token in a link's query off the network (the page reads it and removes it);
//   every other request is left to the browser.
// - activate: the caches of this scope's earlier builds are deleted.
// - a waiting new version takes over only when the page asks (`skip-waiting`), after the user
//   chose to update; the page asks for the build id with `build-id` on a MessageChannel.

const CACHE_PREFIX = `jwt-inspector:${self.registration.scope}:`;
const CACHE_NAME = CACHE_PREFIX + BUILD_ID;
const INDEX = new URL('./index.html', self.registration.scope).href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, self.location.href).href));

/** How many files the precache fetches at a time: few, so a paste never meets a burst of them. */
const PRECACHE_AT_ONCE = 4;
/** When the precache may start its next file: the page pushes it back while the user is busy. */
let resumeAt = 0;
/** A pause asked for is cut to this, so no message can hold the install back for long. */
const MAX_PAUSE_MS = 10_000;

function whenResumed() {
  const wait = resumeAt - Date.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)).then(whenResumed) : Promise.resolve();
}

self.addEventListener('install', (event) => {
  const queue = [...PRECACHED];
  const fetchEachNext = async (cache) => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      await whenResumed();
      // Revalidated, so a copy the HTTP cache kept from an earlier build is never taken for this one.
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin', redirect: 'error' });
      if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
      await cache.put(url, response);
    }
  };
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => Promise.all(Array.from({ length: PRECACHE_AT_ONCE }, () => fetchEachNext(cache)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)))),
  );
});

/** The precached URL a GET request is answered with, or null when it goes to the network. */
function precachedUrl(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  url.hash = '';
  const page = url.origin + url.pathname;
  if (request.mode === 'navigate' && (page === self.registration.scope || page === INDEX)) return PRECACHED.has(INDEX) ? INDEX : null;
  return url.search === '' && PRECACHED.has(url.href) ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const url = precachedUrl(event.request);
  if (url === null) return;
  event.respondWith(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.match(url))
      .then((cached) => cached ?? fetch(event.request)),
  );
});

self.addEventListener('message', (event) => {
  const type = event.data?.type;
  if (type === 'skip-waiting') void self.skipWaiting();
  else if (type === 'pause-precache' && Number.isFinite(event.data.ms)) resumeAt = Math.max(resumeAt, Date.now() + Math.min(event.data.ms, MAX_PAUSE_MS));
  else if (type === 'build-id') event.ports[0]?.postMessage({ buildId: BUILD_ID });
});
