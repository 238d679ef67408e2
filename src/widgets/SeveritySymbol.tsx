import type { Severity } from '../core/findings/finding';
import { SEVERITY_SYMBOLS } from './severity-symbols';

/** A severity's shape, hidden from screen readers: the word beside it says the same. */
export function SeveritySymbol({ severity }: { severity: Severity }) {
  return (
    <span className="severity-symbol" aria-hidden="true">
      {SEVERITY_SYMBOLS[severity]}
    </span>
  );
}
