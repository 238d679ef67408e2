import { useEffect } from 'react';

/** Names the browser tab after what the view shows; the previous title comes back when the view goes. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
