import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { LearnSubject } from '../learn-subject';
import { AttackList } from './AttackList';
import { BitFlipper } from './BitFlipper';
import { ClaimEditor } from './ClaimEditor';
import { EditOutcome } from './EditOutcome';
import { PredictQuestion } from './PredictQuestion';
import { RespaceControls } from './RespaceControls';
import type { AppliedEdit, EditKind, SandboxEdit } from './sandbox-edit';
import { SandboxToken } from './SandboxToken';
import { TamperVerdict } from './TamperVerdict';
import { useSignatureVerdict } from './use-signature-verdict';
import './tamper.css';

/** Part 4 of the learn view: a sandbox copy of the token to edit and attack. */
export function TamperBench({ subject }: { subject: LearnSubject }) {
  const t = useT();
  const decoded = subject.report.decoded;
  const original = decoded.kind === 'jws' ? decoded.normalisation.text : null;
  return (
    <section className="learn-section tamper-bench" id="learn-tamper" aria-labelledby="learn-tamper-title">
      <h2 id="learn-tamper-title">{t('learnTamper.title')}</h2>
      <p className="view-intro">{t('learnTamper.intro')}</p>
      {/* Keyed by the learner's token: a new token starts a new sandbox. */}
      {original === null ? <p className="tamper-edit-hint">{t('learnTamper.needsJws')}</p> : <Bench key={original} original={original} subject={subject} />}
    </section>
  );
}

function Bench({ original, subject }: { original: string; subject: LearnSubject }) {
  const t = useT();
  const [token, setToken] = useState(original);
  const [applied, setApplied] = useState<AppliedEdit | null>(null);
  const [pending, setPending] = useState<Exclude<SandboxEdit, { kind: 'attack' }> | null>(null);
  const [asked, setAsked] = useState<ReadonlySet<EditKind>>(new Set());
  const resultRef = useRef<HTMLDivElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);
  const verdict = useSignatureVerdict(token, subject.keyText, subject.secretEncoding);
  const originalVerdict = useSignatureVerdict(original, subject.keyText, subject.secretEncoding);

  // After an edit the result is what the learner wants to see next, wherever the control was.
  useEffect(() => {
    if (focusRequests > 0) resultRef.current?.focus();
  }, [focusRequests]);

  const apply = (edit: SandboxEdit, guess: boolean | null) => {
    setToken(edit.token);
    setApplied({ ...edit, guess });
    setPending(null);
    if (guess !== null && edit.kind !== 'attack') setAsked((kinds) => new Set(kinds).add(edit.kind));
    setFocusRequests((count) => count + 1);
  };
  // One question per kind of hand edit, asked before its first result shows; attacks are not asked about.
  const propose = (edit: SandboxEdit) => {
    if (edit.kind !== 'attack' && !asked.has(edit.kind)) setPending(edit);
    else apply(edit, null);
  };
  const reset = () => {
    setToken(original);
    setApplied(null);
    setPending(null);
    setFocusRequests((count) => count + 1);
  };

  return (
    <>
      {pending && <PredictQuestion kind={pending.kind} onAnswer={(guess) => apply(pending, guess)} />}
      <div className="tamper-result" ref={resultRef} tabIndex={-1} role="region" aria-labelledby="learn-tamper-sandbox">
        <h3 id="learn-tamper-sandbox">{t('learnTamper.sandboxTitle')}</h3>
        <SandboxToken original={original} token={token} />
        <TamperVerdict verdict={verdict} originalVerdict={originalVerdict} edited={token !== original} />
        {applied && <EditOutcome edit={applied} verdict={verdict} />}
        <button type="button" className="button-small" data-testid="tamper-reset" disabled={token === original && pending === null} onClick={reset}>
          {t('learnTamper.reset')}
        </button>
      </div>
      <h3>{t('learnTamper.editsTitle')}</h3>
      <div className="tamper-edits">
        <ClaimEditor token={token} onEdit={propose} />
        <BitFlipper token={token} onEdit={propose} />
        <RespaceControls token={token} onEdit={propose} />
      </div>
      <h3>{t('learnTamper.attacksTitle')}</h3>
      <p className="tamper-edit-hint">{t('learnTamper.attacksIntro')}</p>
      <AttackList token={token} keyText={subject.keyText} onEdit={propose} />
    </>
  );
}
