import type { Severity } from '../core/findings/finding';
import { severityKey } from '../i18n/finding-keys';
import type { Translate } from '../i18n/use-t';
import { SEVERITY_SYMBOLS } from './severity-symbols';

/** A severity as shape and word. */
export function SeverityLabel({ severity, t }: { severity: Severity; t: Translate }) {
  return (
    <span className="rule-severity" data-severity={severity}>
      <span className="rule-severity-symbol" aria-hidden="true">
        {SEVERITY_SYMBOLS[severity]}
      </span>
      {t(severityKey(severity))}
    </span>
  );
}
