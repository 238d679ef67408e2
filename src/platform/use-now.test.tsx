import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClock, useNow } from './use-now';

function Clock({ intervalMs }: { intervalMs: number }) {
  return <span data-testid="clock">{useNow(intervalMs)}</span>;
}

const parityRendered = vi.fn();
function Parity() {
  parityRendered();
  return <span data-testid="parity">{useClock(1000, (now) => (Math.floor(now / 10_000) % 2 === 0 ? 'even' : 'odd'))}</span>;
}

describe('useNow / useClock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_250);
  });
  afterEach(() => vi.useRealTimers());

  it('ticks on the boundaries of the interval, rounded down', () => {
    render(<Clock intervalMs={1000} />);
    expect(screen.getByTestId('clock')).toHaveTextContent('1000000');
    act(() => {
      vi.advanceTimersByTime(749);
    });
    expect(screen.getByTestId('clock')).toHaveTextContent('1000000');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByTestId('clock')).toHaveTextContent('1001000');
  });

  it('shares one timer between every subscriber of an interval and stops with the last', () => {
    const view = render(
      <>
        <Clock intervalMs={1000} />
        <Clock intervalMs={1000} />
        <Clock intervalMs={1000} />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-renders a subscriber only when what it selects changes', () => {
    parityRendered.mockClear();
    render(<Parity />);
    expect(screen.getByTestId('parity')).toHaveTextContent('even');
    act(() => {
      vi.advanceTimersByTime(8_000);
    });
    expect(parityRendered).toHaveBeenCalledTimes(1);
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(screen.getByTestId('parity')).toHaveTextContent('odd');
    expect(parityRendered).toHaveBeenCalledTimes(2);
  });
});
