import type { ReactNode } from 'react';

/**
 * The place of a control that does not apply yet: the same box (same classes, same label), unseen
 * and out of the accessibility tree and tab order. A toolbar that gains controls with the first
 * token then keeps its height, so what sits under it (the token box being pasted into) stays put.
 */
export function ReservedPlace({ className, children }: { className: string; children: ReactNode }) {
  return (
    <span className={`${className} reserved-place`} aria-hidden="true">
      {children}
    </span>
  );
}
