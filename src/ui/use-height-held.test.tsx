import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHeightHeld } from './use-height-held';

/** Stands in for the browser's ResizeObserver: the test says when a layout gave the element a height. */
let reportHeight: (blockSize: number) => void;

class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    reportHeight = (blockSize) => this.callback([{ borderBoxSize: [{ blockSize, inlineSize: 100 }] } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  disconnect() {}
}

function Pane({ hold }: { hold: boolean }) {
  const element = useRef<HTMLElement>(null);
  useHeightHeld(element, hold);
  return <section ref={element} data-testid="pane" />;
}

beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
afterEach(() => vi.unstubAllGlobals());

describe('useHeightHeld', () => {
  it('keeps the height the element last had while holding, and lets go after', () => {
    const { getByTestId, rerender } = render(<Pane hold={false} />);
    reportHeight(320);
    expect(getByTestId('pane').style.minHeight).toBe('');
    rerender(<Pane hold />);
    expect(getByTestId('pane').style.minHeight).toBe('320px');
    // A later layout while holding (the held height, or more) does not move what is held.
    reportHeight(400);
    rerender(<Pane hold />);
    expect(getByTestId('pane').style.minHeight).toBe('320px');
    rerender(<Pane hold={false} />);
    expect(getByTestId('pane').style.minHeight).toBe('');
  });

  it('holds nothing before the element was ever laid out', () => {
    const { getByTestId } = render(<Pane hold />);
    expect(getByTestId('pane').style.minHeight).toBe('');
  });
});
