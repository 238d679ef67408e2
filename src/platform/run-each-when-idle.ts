import { scheduleWhenIdle } from './schedule-when-idle';

/**
 * Once the page has loaded, runs the tasks in order, each in an idle period of its own, so work the
 * first token would otherwise pay for (formatters, the panels' code) is done before it arrives.
 * Returns a function that cancels the tasks not run yet. A task that throws does not stop the rest:
 * each is an optimisation the page works without.
 */
export function runEachWhenIdle(tasks: readonly (() => void)[]): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const run = (index: number) => {
    const task = tasks[index];
    if (cancelled || !task) return;
    cancelIdle = scheduleWhenIdle(() => {
      try {
        task();
      } catch {
        // See above: the page does the same work later, when it needs it.
      }
      run(index + 1);
    });
  };
  const start = () => run(0);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
    cancelIdle();
    window.removeEventListener('load', start);
  };
}
