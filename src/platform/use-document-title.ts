import { useEffect } from 'react';
import { runAfterPaint } from './run-after-paint';

/**
 * Names the browser tab after what the view shows; the previous title comes back when the view goes.
 * The new title is written once the frame is painted and only when it differs: each write costs the
 * page milliseconds (the browser hears of it at once), and a paste's frame must not pay for that.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    return () => {
      document.title = previous;
    };
  }, []);
  useEffect(
    () =>
      runAfterPaint(() => {
        if (document.title !== title) document.title = title;
      }),
    [title],
  );
}
