import type { LearnSubject } from '../learn-subject';

/** Part 3 of the learn view: the signature of the learner's token checked step by step. */
export function SignatureWalk({ subject }: { subject: LearnSubject }) {
  void subject;
  return <section className="learn-section" id="learn-signature" />;
}
