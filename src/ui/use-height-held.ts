import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * While `hold` is true, keeps the element at least as tall as it last was (a `min-height`), so what
 * follows it on the page does not move; it may grow. Once `hold` is false it takes its own height
 * again. The height is what a ResizeObserver last reported, read after a layout the browser did
 * anyway: holding forces no layout. For a view whose neighbours change a frame after it does, so
 * that they move once, together with their new content, and not first on their own.
 */
export function useHeightHeld(element: RefObject<HTMLElement | null>, hold: boolean): void {
  const height = useRef(0);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.borderBoxSize[0];
      if (size) height.current = size.blockSize;
    });
    observer.observe(target, { box: 'border-box' });
    return () => observer.disconnect();
  }, [element]);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    // The page's elements are border-box sized, as the observed size is.
    if (hold && height.current > 0) target.style.setProperty('min-height', `${height.current}px`);
    else target.style.removeProperty('min-height');
  }, [element, hold]);
}
