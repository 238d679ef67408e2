/**
 * Runs `task` when the browser is idle (within `timeoutMs` at the latest), or after a short timer
 * where idle callbacks do not exist; returns a function that cancels it.
 */
export function scheduleWhenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 50);
  return () => clearTimeout(timer);
}
