import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, SettledAnnouncement } from './SettledAnnouncement';

/** A message and how long it stays before the next (the last one stays for good). */
type Step = [message: string, staysMs: number];

/** Renders each message in turn and returns every text the live region held, sampled every 10 ms of fake time. */
function announce(steps: Step[]): string[] {
  const { rerender } = render(<SettledAnnouncement message="" />);
  const region = screen.getByRole('status');
  const said: string[] = [];
  let last = region.textContent;
  const wait = (ms: number) => {
    for (let waited = 0; waited < ms; waited += 10) {
      act(() => {
        vi.advanceTimersByTime(10);
      });
      if (region.textContent !== last) said.push((last = region.textContent));
    }
  };
  for (const [message, staysMs] of steps) {
    rerender(<SettledAnnouncement message={message} />);
    wait(staysMs);
  }
  wait(SETTLE_MS * 2);
  return said;
}

describe('SettledAnnouncement', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a polite, atomic status region on the element that holds the text, and hidden from the eye only', () => {
    render(<SettledAnnouncement message="Signature verified." />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toHaveClass('visually-hidden');
    expect(region).toBeEmptyDOMElement();
    act(() => {
      vi.advanceTimersByTime(SETTLE_MS);
    });
    expect(region).toHaveTextContent('Signature verified.');
  });

  it('waits while restartOn keeps changing, even when the message does not', () => {
    const { rerender } = render(<SettledAnnouncement message="1 part" restartOn={0} />);
    const region = screen.getByRole('status');
    for (let keystroke = 1; keystroke <= 20; keystroke += 1) {
      act(() => {
        vi.advanceTimersByTime(100);
      });
      rerender(<SettledAnnouncement message="1 part" restartOn={keystroke} />);
      expect(region).toBeEmptyDOMElement();
    }
    act(() => {
      vi.advanceTimersByTime(SETTLE_MS);
    });
    expect(region).toHaveTextContent('1 part');
  });

  const KEYSTROKE_MS = 80;
  const PAUSE_MS = SETTLE_MS + 50;

  it.each<{ name: string; steps: Step[]; said: string[] }>([
    { name: 'a message there from the start is said once it has settled', steps: [['Expired', 0]], said: ['Expired'] },
    {
      name: 'one message per keystroke: only the last is said',
      steps: [['Signature not verified.', KEYSTROKE_MS], ['', KEYSTROKE_MS], ['Signature not verified.', KEYSTROKE_MS], ['', KEYSTROKE_MS], ['Signature verified.', 0]],
      said: ['Signature verified.'],
    },
    {
      name: 'the same result again after a keystroke is not said again',
      steps: [['Signature not verified.', PAUSE_MS], ['', KEYSTROKE_MS], ['Signature not verified.', 0]],
      said: ['Signature not verified.'],
    },
    { name: 'a result that settles, then another: both are said', steps: [['No secret found.', PAUSE_MS], ['Stopped.', 0]], said: ['No secret found.', 'Stopped.'] },
    { name: 'an empty message says nothing', steps: [['', KEYSTROKE_MS], ['', 0]], said: [] },
  ])('$name', ({ steps, said }) => {
    expect(announce(steps)).toEqual(said);
  });
});
