import { useMemo, useState } from 'react';
import { encodeHex } from '../../../core/encoding/hex';
import type { SignatureStep, SignatureWalk as Walk } from '../../../core/learn/signature-walk';
import { walkTokenSignature } from '../../../core/learn/walk/walk-token-signature';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import type { LearnSubject } from '../learn-subject';
import { SignatureCompare } from './SignatureCompare';
import type { CodeKey } from './show-code';
import { StepCode } from './StepCode';
import { StepHex } from './StepHex';
import { WalkError } from './WalkError';
import './signature-walk.css';

type Walked = Extract<Walk, { ok: true }>;

const HASH_OF_ALG = new Map<string, string>([
  ['256', 'SHA-256'],
  ['384', 'SHA-384'],
  ['512', 'SHA-512'],
]);

const ENCODING_NAMES: Record<SecretEncoding, string> = { utf8: 'UTF-8', base64url: 'base64url', base64: 'base64', hex: 'hex' };

function hashOf(alg: string): string {
  return HASH_OF_ALG.get(alg.slice(2)) ?? 'SHA-512';
}

function StepView({ walk, step, index, token, codeKey }: { walk: Walked; step: SignatureStep; index: number; token: string; codeKey: CodeKey }) {
  const t = useT();
  const base = `learnSignature.${walk.family}.${step.id}`;
  const values = { hash: hashOf(walk.alg), block: walk.alg.endsWith('256') ? 64 : 128, encoding: ENCODING_NAMES[codeKey.secretEncoding] };
  const titleId = `sig-step-title-${step.id}`;
  return (
    <li className="sig-step" data-testid="sig-step" data-step={step.id} data-hex={encodeHex(step.bytes)} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span className="sig-step-number">{index + 1}.</span> {t(`${base}.title` as MessageKey, values)}{' '}
        <span className="sig-step-size">({t('learnSignature.size', { count: step.bytes.length })})</span>
      </h3>
      <p>{t(`${base}.text` as MessageKey, values)}</p>
      <StepHex bytes={step.bytes} fields={step.fields} />
      <StepCode alg={walk.alg} step={step.id} token={token} codeKey={codeKey} />
    </li>
  );
}

/** The revealed steps of a walk with step / back / run-to-the-end controls, and the comparison once every step is shown. */
function WalkSteps({ walk, token, codeKey }: { walk: Walked; token: string; codeKey: CodeKey }) {
  const t = useT();
  const total = walk.steps.length;
  const [wanted, setShown] = useState(1);
  // The walk is recomputed as the token or key is edited; the learner's place is kept where it still exists.
  const shown = Math.min(Math.max(wanted, 1), total);
  const finished = shown === total;
  return (
    <>
      <p className="sig-algorithm">{t('learnSignature.algorithm', { alg: walk.alg, family: t(`learnSignature.family.${walk.family}`) })}</p>
      <div className="sig-controls" role="group" aria-label={t('learnSignature.control.label')}>
        <button type="button" className="button" data-testid="sig-back" disabled={shown <= 1} onClick={() => setShown(shown - 1)}>
          {t('learnSignature.control.back')}
        </button>
        <button type="button" className="button" data-testid="sig-next" disabled={finished} onClick={() => setShown(shown + 1)}>
          {t('learnSignature.control.next')}
        </button>
        <button type="button" className="button" data-testid="sig-run" disabled={finished} onClick={() => setShown(total)}>
          {t('learnSignature.control.run')}
        </button>
        <button type="button" className="button" data-testid="sig-restart" disabled={shown <= 1} onClick={() => setShown(1)}>
          {t('learnSignature.control.restart')}
        </button>
        <span className="sig-progress" aria-live="polite">
          {t('learnSignature.control.progress', { current: shown, total })}
        </span>
      </div>
      <ol className="sig-steps" aria-label={t('learnSignature.stepsLabel')}>
        {walk.steps.slice(0, shown).map((step, index) => (
          <StepView key={step.id} walk={walk} step={step} index={index} token={token} codeKey={codeKey} />
        ))}
      </ol>
      {finished && <SignatureCompare walk={walk} />}
    </>
  );
}

/** The token as the programs of "show code" take it: its segments as decoded, without a Bearer prefix or inner whitespace. */
function compactToken(subject: LearnSubject): string {
  const { decoded } = subject.report;
  return decoded.kind === 'jws' ? decoded.parts.map((part) => part.segment).join('.') : subject.tokenText.trim();
}

/** Part 3 of the learn view: the signature of the learner's token checked step by step, from the ASCII bytes of header.payload to the comparison. */
export function SignatureWalk({ subject }: { subject: LearnSubject }) {
  const t = useT();
  const { report, keyText, secretEncoding } = subject;
  const walk = useMemo(() => walkTokenSignature(report, keyText, secretEncoding), [report, keyText, secretEncoding]);
  const token = useMemo(() => compactToken(subject), [subject]);
  const codeKey = useMemo(() => ({ text: keyText, secretEncoding }), [keyText, secretEncoding]);
  return (
    <section className="learn-section sig-walk" id="learn-signature" aria-labelledby="learn-signature-title">
      <h2 id="learn-signature-title">{t('learnSignature.title')}</h2>
      <p>{t('learnSignature.intro')}</p>
      {walk.ok ? <WalkSteps walk={walk} token={token} codeKey={codeKey} /> : <WalkError error={walk.error} report={report} />}
    </section>
  );
}
