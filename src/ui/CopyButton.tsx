import { useEffect, useState } from 'react';

interface Props {
  /** Performs the copy; resolves false when the browser refused. */
  onCopy: () => Promise<boolean>;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  testId?: string;
}

/** A copy button that says what happened, for two seconds, in a live region. */
export function CopyButton({ onCopy, label, copiedLabel, failedLabel, testId }: Props) {
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = setTimeout(() => setOutcome('idle'), 2000);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <button
      type="button"
      className="button button-small"
      data-testid={testId}
      onClick={() => void onCopy().then((ok) => setOutcome(ok ? 'copied' : 'failed'))}
    >
      <span aria-live="polite">{outcome === 'copied' ? copiedLabel : outcome === 'failed' ? failedLabel : label}</span>
    </button>
  );
}
