// In-page functions shared by the benchmark sections. Each is handed to page.evaluate() or
// addInitScript() and runs in the page, so each is self-contained: no imports, no outer variables.

/** Init script: records the page's long tasks (Chromium's Long Tasks API) in `window[benchGlobal].longTasks`. */
export function pageRecordLongTasks(benchGlobal) {
  const bench = { longTasks: [] };
  window[benchGlobal] = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Without the Long Tasks API the column reads n/a.
  }
}

/** Puts `text` into a text field hook as one input event (as fill() and a paste do); for preparing, not measured. */
export function pageSetInput({ testId, text }) {
  const el = document.querySelector(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`${testId} is missing`);
  el.focus();
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, text);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
}

/**
 * Pastes `text` over the field `testId` as a user does: a trusted-looking `paste` ClipboardEvent
 * carrying a DataTransfer with the text, so the app's own paste handling runs; when the app does not
 * take the paste (the event is not cancelled), the browser's insertion is replayed (the text
 * replaces the selection, then an `input` event), as a synthetic event has no default action. Then
 * it waits for the first animation frame in which `shownTestId` shows `marker` ("frame": that
 * frame's rendering starts, so it paints it) and a task after it ("painted"). Gives up after
 * `timeoutMs`, or as soon as the `stopWhen` hook's attribute takes one of its values. Returns times
 * from the paste event, and the longest task from `window[benchGlobal].longTasks`.
 */
export async function pageMeasurePaste({ testId, text, shownTestId, marker, timeoutMs, benchGlobal, stopWhen }) {
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const el = document.querySelector(`[data-testid="${testId}"]`);
  if (!el) return { error: `no ${testId}` };
  el.focus();
  el.select?.();
  const found = () => document.querySelector(`[data-testid="${shownTestId}"]`)?.textContent?.includes(marker) === true;
  const stopped = () => stopWhen !== undefined && stopWhen.values.includes(document.querySelector(`[data-testid="${stopWhen.testId}"]`)?.getAttribute(stopWhen.attribute));
  if (found()) return { error: `${shownTestId} already showed the marker before the paste` };
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });

  let tDom = null;
  const observer = new MutationObserver(() => {
    if (tDom === null && found()) tDom = performance.now();
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  // The frame callback is requested before the paste, so it runs first in the next frame and its
  // task comes before any the app queues from its own frame callbacks (work after the paint).
  let t0 = 0;
  const shown = new Promise((resolve) => {
    const onFrame = () => {
      const now = performance.now();
      if (found()) {
        tDom ??= now;
        setTimeout(() => resolve({ frame: now, painted: performance.now() }), 0);
      } else if (now - t0 > timeoutMs || stopped()) resolve(null);
      else requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });

  t0 = performance.now();
  const taken = !el.dispatchEvent(event);
  if (!taken) {
    el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }
  const tHandled = performance.now();
  if (found()) tDom = tHandled;
  const times = await shown;
  observer.disconnect();
  if (!times) return { error: `${shownTestId} did not show the pasted content ${stopped() ? `(${stopWhen.testId} ${stopWhen.attribute} became ${document.querySelector(`[data-testid="${stopWhen.testId}"]`)?.getAttribute(stopWhen.attribute)})` : `within ${timeoutMs} ms`}` };
  // Long-task entries arrive asynchronously: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const tasks = window[benchGlobal].longTasks.filter((t) => t.start + t.duration > t0 && t.start < times.painted);
  return {
    taken,
    handled: tHandled - t0,
    dom: tDom - t0,
    frame: times.frame - t0,
    painted: times.painted - t0,
    longestTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}
