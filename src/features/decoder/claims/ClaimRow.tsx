import { useMemo } from 'react';
import type { TimeClaims } from '../../../core/claims/evaluate-time-window';
import { findGlossaryEntry } from '../../../core/claims/glossary';
import { matchesValueKind, typeOfJson } from '../../../core/claims/value-kind';
import type { JsonValue } from '../../../core/json/json-value';
import { useT } from '../../../i18n/use-t';
import { JSON_TYPE_SELECT, VALUE_KIND_SELECT } from './claim-messages';
import { GlossaryLabel } from './GlossaryLabel';
import { previewJson } from './preview-json';
import { TimeClaimDetails } from './TimeClaimDetails';

interface Props {
  name: string;
  value: JsonValue;
  bounds: TimeClaims;
}

/** One top-level payload claim: its name and explanation, its value, and for NumericDates the time details. */
export function ClaimRow({ name, value, bounds }: Props) {
  const t = useT();
  const match = findGlossaryEntry(name, 'payload');
  const kind = match.match === 'exact' ? match.entry.kind : null;
  const preview = useMemo(() => previewJson(value), [value]);
  const mismatch = kind !== null && kind !== 'numeric-date' && !matchesValueKind(kind, value);
  return (
    <tr className="claim-row" data-testid="claim-row" data-claim={name}>
      <th scope="row" className="claim-cell-name">
        <GlossaryLabel name={name} where="payload" />
      </th>
      <td className="claim-cell-value">
        <code className="claim-value">{preview}</code>
        {mismatch && (
          <p className="claim-note claim-note-warning">
            {t('claims.mismatch', { expected: VALUE_KIND_SELECT[kind], found: JSON_TYPE_SELECT[typeOfJson(value)] })}
          </p>
        )}
        {kind === 'numeric-date' && <TimeClaimDetails name={name} value={value} bounds={bounds} />}
      </td>
    </tr>
  );
}
