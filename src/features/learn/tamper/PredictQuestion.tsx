import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/use-t';
import type { EditKind } from './sandbox-edit';

/** "Will the signature still match?" before an edit's result shows; the answer is revealed with the verdict. */
export function PredictQuestion({ kind, onAnswer }: { kind: EditKind; onAnswer: (stillMatches: boolean) => void }) {
  const t = useT();
  const questionRef = useRef<HTMLParagraphElement>(null);
  // The question appears away from the control that asked for the edit: take the learner to it.
  useEffect(() => questionRef.current?.focus(), [kind]);
  return (
    <div className="tamper-predict" data-testid="tamper-predict" data-kind={kind} role="group" aria-labelledby="learn-tamper-question">
      <p id="learn-tamper-question" ref={questionRef} tabIndex={-1}>
        <strong>{t('learnTamper.predict.question')}</strong> {t(`learnTamper.predict.context.${kind}`)}
      </p>
      <div className="tamper-buttons">
        <button className="button" type="button" data-testid="tamper-predict-yes" onClick={() => onAnswer(true)}>
          {t('learnTamper.predict.yes')}
        </button>
        <button className="button" type="button" data-testid="tamper-predict-no" onClick={() => onAnswer(false)}>
          {t('learnTamper.predict.no')}
        </button>
      </div>
    </div>
  );
}
