import type { VerificationResult } from '../../../core/crypto/verification-result';
import { useT } from '../../../i18n/use-t';
import { SextetBits } from './BitFlipper';
import type { AppliedEdit } from './sandbox-edit';

function EditSummary({ edit }: { edit: AppliedEdit }) {
  const t = useT();
  switch (edit.kind) {
    case 'claim':
      return <p>{t('learnTamper.outcome.claim', { name: edit.name })}</p>;
    case 'bit': {
      const { flip } = edit;
      return (
        <>
          <p data-testid="tamper-flipped" data-before={flip.before} data-after={flip.after}>
            {t('learnTamper.outcome.bit', { part: t(`part.${flip.part}`), position: flip.index + 1, bit: flip.bit + 1 })} <code className="tamper-char">{flip.before}</code>{' '}
            <SextetBits value={flip.beforeValue} bit={flip.bit} /> → <code className="tamper-char">{flip.after}</code> <SextetBits value={flip.afterValue} bit={flip.bit} />
          </p>
          {!flip.carriesData && <p>{t('learnTamper.outcome.bitUnused')}</p>}
        </>
      );
    }
    case 'whitespace':
      return <p>{edit.changed ? t('learnTamper.outcome.whitespace', { part: t(`part.${edit.part}`) }) : t('learnTamper.outcome.whitespaceSame')}</p>;
    case 'attack':
      return <p>{t('learnTamper.outcome.attack', { attack: t(`learnTamper.attack.${edit.attack}.title`) })}</p>;
  }
}

/** What the last edit did, and, when the learner predicted its outcome, whether the prediction was right. */
export function EditOutcome({ edit, verdict }: { edit: AppliedEdit; verdict: VerificationResult | null }) {
  const t = useT();
  const judged = edit.guess !== null && edit.kind !== 'attack' && verdict !== null && verdict.status !== 'no-key';
  const stillMatches = verdict?.status === 'valid';
  return (
    <div className="tamper-outcome" data-testid="tamper-outcome" data-kind={edit.kind}>
      <EditSummary edit={edit} />
      {judged && (
        <p className="tamper-predict-answer" data-testid="tamper-predict-answer" data-correct={String(edit.guess === stillMatches)}>
          <strong>{t(edit.guess === stillMatches ? 'learnTamper.predict.right' : 'learnTamper.predict.wrong')}</strong> {t(`learnTamper.predict.why.${edit.kind}`)}
        </p>
      )}
    </div>
  );
}
