import type { LearnSubject } from '../learn-subject';

/** Part 1 of the learn view: one record per part of the token, opening into its annotated byte groups. */
export function Anatomy({ subject, anchor }: { subject: LearnSubject; anchor: string }) {
  void subject;
  void anchor;
  return <section className="learn-section" id="learn-anatomy" />;
}
