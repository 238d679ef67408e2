import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The trigger's accessible name, e.g. "About exp". */
  label: string;
  children: ReactNode;
}

type Mode = 'closed' | 'hover' | 'focus' | 'pinned';

/** Space kept between an open popover and the edge of the viewport, in CSS pixels. */
const EDGE_PX = 8;

function isFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // A DOM without :focus-visible (older engines, test DOMs): treat focus as keyboard focus.
    return true;
  }
}

/**
 * A small "i" button whose content opens on mouse hover, on keyboard focus and on tap or click
 * (a toggletip). A click pins it open until a second click, a tap or click elsewhere, or Escape.
 * The content stays in the DOM (hidden when closed), so `aria-controls` always points somewhere.
 */
export function Popover({ label, children }: Props) {
  const [mode, setMode] = useState<Mode>('closed');
  const id = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const body = useRef<HTMLSpanElement>(null);
  const open = mode !== 'closed';

  // The body hangs from the trigger; on a narrow screen it is slid left until it fits.
  useLayoutEffect(() => {
    const element = body.current;
    if (!open || !element) return;
    element.style.translate = '';
    const { left, right } = element.getBoundingClientRect();
    const overflow = right - (document.documentElement.clientWidth - EDGE_PX);
    const shift = Math.max(0, Math.min(overflow, left - EDGE_PX));
    if (shift > 0) element.style.translate = `${-shift}px 0`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMode('closed');
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setMode('closed');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <span
      ref={wrapper}
      className="popover"
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') setMode((current) => (current === 'closed' ? 'hover' : current));
      }}
      onPointerLeave={(event) => {
        if (event.pointerType === 'mouse') setMode((current) => (current === 'hover' ? 'closed' : current));
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
          setMode((current) => (current === 'hover' ? current : 'closed'));
        }
      }}
    >
      <button
        type="button"
        className="popover-trigger"
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onFocus={(event) => {
          if (isFocusVisible(event.currentTarget)) setMode((current) => (current === 'closed' ? 'focus' : current));
        }}
        onClick={() => setMode((current) => (current === 'pinned' ? 'closed' : 'pinned'))}
      >
        <span aria-hidden="true">i</span>
      </button>
      <span ref={body} id={id} className="popover-body" hidden={!open}>
        {children}
      </span>
    </span>
  );
}
