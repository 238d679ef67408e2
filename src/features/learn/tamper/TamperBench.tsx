import type { LearnSubject } from '../learn-subject';

/** Part 4 of the learn view: a sandbox copy of the token to edit and attack. */
export function TamperBench({ subject }: { subject: LearnSubject }) {
  void subject;
  return <section className="learn-section" id="learn-tamper" />;
}
