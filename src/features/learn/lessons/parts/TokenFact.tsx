import type { ReactNode } from 'react';
import { useT } from '../../../../i18n/use-t';
import '../lessons.css';

interface Props<T> {
  /** What the sentence quotes from the learner's token; null or undefined when the token does not tell. */
  value: T | null | undefined;
  /** The sentence, given the value (inline content: it is a paragraph). */
  children: (value: T) => ReactNode;
  /** Blocks shown under the sentence (the token's parts, a decoded payload), given the value. */
  detail?: (value: T) => ReactNode;
  /** Said instead when the token lacks the value (a general sentence); nothing when absent. */
  fallback?: ReactNode;
}

/** A sentence about the learner's own token, marked as such, or a general one when the token cannot say. */
export function TokenFact<T>({ value, children, detail, fallback }: Props<T>) {
  const t = useT();
  if (value === null || value === undefined) return fallback === undefined ? null : <p className="token-fact token-fact-general">{fallback}</p>;
  const sentence = (
    <>
      <span className="token-fact-label">{t('learnLessons.fact.label')}</span> {children(value)}
    </>
  );
  if (detail === undefined) return <p className="token-fact">{sentence}</p>;
  return (
    <div className="token-fact">
      <p className="token-fact-sentence">{sentence}</p>
      {detail(value)}
    </div>
  );
}
