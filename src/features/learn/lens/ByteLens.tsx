import type { LearnSubject } from '../learn-subject';

/** Part 2 of the learn view: base64url characters, 6-bit values, bytes and JSON tokens, aligned and linked. */
export function ByteLens({ subject }: { subject: LearnSubject }) {
  void subject;
  return <section className="learn-section" id="learn-lens" />;
}
