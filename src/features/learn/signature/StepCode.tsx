import { useState } from 'react';
import type { SignatureStepId } from '../../../core/learn/signature-walk';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import { showStepCode, type CodeKey } from './show-code';

const TOOLS = ['openssl', 'node', 'python'] as const;
type Tool = (typeof TOOLS)[number];

interface Props {
  alg: string;
  step: SignatureStepId;
  token: string;
  codeKey: CodeKey;
}

function CodeBody({ alg, step, token, codeKey }: Props) {
  const t = useT();
  const [tool, setTool] = useState<Tool>('openssl');
  const [secretShown, setSecretShown] = useState(false);
  const code = showStepCode(alg, step, token, codeKey);
  if (code === null) return <p>{t('learnSignature.code.none')}</p>;
  if (code.containsSecret && !secretShown) {
    return (
      <div className="sig-code-warning" role="note">
        <p>{t('learnSignature.code.warning')}</p>
        <button type="button" className="button button-small" data-testid="sig-code-show-anyway" onClick={() => setSecretShown(true)}>
          {t('learnSignature.code.showAnyway')}
        </button>
      </div>
    );
  }
  const text = code[tool];
  return (
    <>
      <p>
        {t('learnSignature.code.intro')} {step === 'recomputed' && tool === 'openssl' && t('learnSignature.code.verdict')}
      </p>
      <div className="sig-code-tools" role="group" aria-label={t('learnSignature.code.label')}>
        {TOOLS.map((name) => (
          <button key={name} type="button" className="button button-small" aria-pressed={tool === name} onClick={() => setTool(name)}>
            {t(`learnSignature.code.${name}`)}
          </button>
        ))}
        <CopyButton onCopy={() => copyText(text)} label={t('action.copy')} copiedLabel={t('action.copied')} failedLabel={t('action.copyFailed')} />
      </div>
      {tool === 'python' && !alg.startsWith('HS') && <p className="sig-code-note">{t('learnSignature.code.python-needs')}</p>}
      <pre className="sig-code" data-testid="sig-code" data-tool={tool} tabIndex={0}>
        <code>{text}</code>
      </pre>
    </>
  );
}

/** "Show code": the step's computation for this token in openssl, Node and Python, after a warning when the code holds a secret. */
export function StepCode(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="sig-code-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('learnSignature.code.show')}</summary>
      {open && <CodeBody key={props.codeKey.text} {...props} />}
    </details>
  );
}
