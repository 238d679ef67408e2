import type { Severity } from '../core/findings/finding';
import { severityKey } from '../i18n/finding-keys';
import type { Translate } from '../i18n/use-t';
import { SeveritySymbol } from './SeveritySymbol';
import './severity.css';

/** A severity as shape and word (`data-severity` is the UI contract's value). */
export function SeverityLabel({ severity, t }: { severity: Severity; t: Translate }) {
  return (
    <span className="severity-badge" data-severity={severity}>
      <SeveritySymbol severity={severity} />
      {t(severityKey(severity))}
    </span>
  );
}
