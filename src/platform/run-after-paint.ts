/**
 * Runs `task` once the next frame has been painted (an animation frame, then a task queued from it),
 * so work the user does not see yet never delays that frame; returns a function that cancels it.
 */
export function runAfterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
