import { useSettledValue } from './use-settled-value';

/** Long enough for a pause between keystrokes, short enough to follow the result the reader is waiting for. */
export const SETTLE_MS = 500;

interface Props {
  /** What to say; empty says nothing (a result still being worked out, or none). */
  message: string;
  /** Whatever changes at each keystroke (the report the message is made from): each change restarts the wait. */
  restartOn?: unknown;
  settleMs?: number;
}

/**
 * A polite live region, visually hidden, that says `message` once it (and `restartOn`) has stayed
 * the same for `settleMs`: the result a reader waits for, not one announcement per keystroke. It
 * starts empty, so a message already there when it mounts is still announced. The visible text it
 * repeats must not be a live region itself, or it would be read twice.
 */
export function SettledAnnouncement({ message, restartOn, settleMs = SETTLE_MS }: Props) {
  const settled = useSettledValue(message, settleMs, '', restartOn);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {settled}
    </p>
  );
}
