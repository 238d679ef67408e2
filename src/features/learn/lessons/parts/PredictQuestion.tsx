import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../../../i18n/use-t';
import '../lessons.css';

/** One answer offered; exactly one of a question's choices is `correct`. */
export interface PredictChoice {
  label: ReactNode;
  correct?: boolean;
}

interface Props {
  prompt: ReactNode;
  /** Two to four choices, in the order shown. */
  choices: readonly PredictChoice[];
  /** Why the answer is what it is, shown once the learner has guessed or asked. */
  explanation: ReactNode;
}

/**
 * Predict, then reveal: the learner picks a choice (or asks for the answer) and is told whether it
 * was right and why. The choices stay buttons after the reveal, so another guess is one key away.
 */
export function PredictQuestion({ prompt, choices, explanation }: Props) {
  const t = useT();
  const id = useId();
  const [guess, setGuess] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const correctIndex = choices.findIndex((choice) => choice.correct === true);
  const choose = (index: number) => {
    setGuess(index);
    setRevealed(true);
  };
  const verdict = guess === null ? null : guess === correctIndex ? t('learnLessons.predict.right') : t('learnLessons.predict.wrong');
  return (
    <section className="predict" aria-labelledby={`${id}-prompt`}>
      <p className="predict-eyebrow">{t('learnLessons.predict.label')}</p>
      <p className="predict-prompt" id={`${id}-prompt`}>
        {prompt}
      </p>
      <ul className="predict-choices">
        {choices.map((choice, index) => {
          const state = revealed && index === correctIndex ? 'answer' : guess === index ? 'wrong' : undefined;
          return (
            // The position is the identity: a question's choices never change order.
            <li key={index}>
              <button type="button" className="predict-choice" data-state={state} aria-pressed={guess === index} onClick={() => choose(index)}>
                {choice.label}
                {state === 'answer' ? <span className="predict-tag">{t('learnLessons.predict.answer')}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      {revealed ? null : (
        <button type="button" className="predict-reveal" onClick={() => setRevealed(true)}>
          {t('learnLessons.predict.reveal')}
        </button>
      )}
      <div className="predict-result" aria-live="polite">
        {revealed ? (
          <p>
            {verdict === null ? null : <strong>{verdict} </strong>}
            {explanation}
          </p>
        ) : null}
      </div>
    </section>
  );
}
