import { useMemo } from 'react';
import type { TimeClaims } from '../../../core/claims/evaluate-time-window';
import { findGlossaryEntry } from '../../../core/claims/glossary';
import { matchesValueKind, typeOfJson } from '../../../core/claims/value-kind';
import { appendPointerToken } from '../../../core/json/json-pointer';
import type { JsonValue } from '../../../core/json/json-value';
import { useT } from '../../../i18n/use-t';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import { JSON_TYPE_SELECT, VALUE_KIND_SELECT } from './claim-messages';
import { GlossaryLabel } from './GlossaryLabel';
import { previewJson, PREVIEW_CHARS } from './preview-json';
import { TimeClaimDetails } from './TimeClaimDetails';
import { DIFFERENCE_WORDS, type NumberLexemes } from './written-numbers';

interface Props {
  name: string;
  value: JsonValue;
  bounds: TimeClaims;
  /** The payload's numbers as written in the token. */
  written?: NumberLexemes;
}

/**
 * One top-level payload claim: its name and explanation, its value (numbers as written, hidden
 * characters made visible), and for NumericDates the time details.
 */
export function ClaimRow({ name, value, bounds, written }: Props) {
  const t = useT();
  const match = findGlossaryEntry(name, 'payload');
  const kind = match.match === 'exact' ? match.entry.kind : null;
  const pointer = appendPointerToken('', name);
  const preview = useMemo(() => previewJson(value, PREVIEW_CHARS, written && { lexemes: written.lexemes, pointer }), [value, written, pointer]);
  const reading = written?.differences.get(pointer);
  const mismatch = kind !== null && kind !== 'numeric-date' && !matchesValueKind(kind, value);
  return (
    <tr className="claim-row" data-testid="claim-row" data-claim={name}>
      <th scope="row" className="claim-cell-name">
        <GlossaryLabel name={name} where="payload" />
      </th>
      <td className="claim-cell-value">
        <code className="claim-value">{showHiddenCharacters(preview)}</code>
        {reading && (
          <p className="claim-note claim-note-warning" data-testid="number-note">
            {t('claims.numberReads', { difference: DIFFERENCE_WORDS[reading.difference], reads: reading.reads })}
          </p>
        )}
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
