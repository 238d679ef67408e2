/** Every element whose changes a screen reader announces. */
export const LIVE_REGION = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';

type Scope = typeof globalThis & { __announcements?: { said: string[]; stop: () => void } };

// Each function below is self-contained (no module-level names inside), so Playwright can run it in
// the page (`addInitScript`, `evaluate`) as well as a component test in its DOM.

/**
 * Starts recording every text a live region (`live`, a selector) comes to hold from now on, in
 * order: what a screen reader is given to say. A region that empties is not recorded.
 */
export function recordAnnouncements(live: string): void {
  const scope = globalThis as Scope;
  scope.__announcements?.stop();
  const held = new WeakMap<Element, string>();
  const said: string[] = [];
  const look = () => {
    for (const region of document.querySelectorAll(live)) {
      const text = (region.textContent ?? '').trim();
      if (held.get(region) === text) continue;
      held.set(region, text);
      if (text !== '') said.push(text);
    }
  };
  look();
  said.length = 0;
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  scope.__announcements = {
    said,
    stop: () => {
      look();
      observer.disconnect();
    },
  };
}

/** What was recorded so far. */
export function readAnnouncements(): string[] {
  return [...((globalThis as Scope).__announcements?.said ?? [])];
}

/** Forgets what was recorded so far and keeps recording. */
export function clearAnnouncements(): void {
  (globalThis as Scope).__announcements?.said.splice(0);
}

/** Stops recording. */
export function stopAnnouncements(): void {
  (globalThis as Scope).__announcements?.stop();
  delete (globalThis as Scope).__announcements;
}

/** Whether `element` is no live region and holds none, so the text it shows is not said twice. */
export function isOutsideLiveRegions(element: Element, live: string): boolean {
  return element.closest(live) === null && element.querySelector(live) === null;
}
