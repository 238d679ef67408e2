import { useId, useMemo, useState } from 'react';
import { readTimeClaims } from '../../../core/claims/evaluate-time-window';
import type { JsonObject } from '../../../core/json/json-value';
import type { NumberLexeme } from '../../../core/json/read-number-lexemes';
import { useT } from '../../../i18n/use-t';
import { ClaimRow } from './ClaimRow';
import { TimeZoneToggle } from './TimeZoneToggle';
import { indexNumberLexemes } from './written-numbers';
import './claims.css';

/** Rows laid out at first; a payload with more top-level claims shows the rest on request. */
export const INITIAL_ROWS = 500;

interface Props {
  payload: JsonObject;
  /** The payload's numbers as written (its report's `payloadJson.numbers`); without them, numbers read as parsed. */
  numbers?: readonly NumberLexeme[] | undefined;
}

/**
 * One row per top-level payload claim, numbers shown as written in the token. The table subscribes
 * to no clock: each countdown, relative time and lifetime bar inside a row re-renders by itself,
 * and only when its text changes.
 */
export function ClaimsTable({ payload, numbers }: Props) {
  const t = useT();
  const headingId = useId();
  const written = useMemo(() => indexNumberLexemes(numbers), [numbers]);
  const entries = useMemo(() => Object.entries(payload), [payload]);
  const bounds = useMemo(() => readTimeClaims(payload), [payload]);
  const [expanded, setExpanded] = useState<JsonObject | null>(null);
  const shown = expanded === payload ? entries : entries.slice(0, INITIAL_ROWS);
  return (
    <section className="pane claims-pane" aria-labelledby={headingId}>
      <div className="pane-heading">
        <h2 id={headingId} className="pane-title part-label part-payload">
          {t('claims.table.title')}
        </h2>
        <TimeZoneToggle />
      </div>
      <p className="pane-hint claims-count">{t('claims.table.count', { count: entries.length })}</p>
      <table className="claims-table">
        <thead>
          <tr>
            <th scope="col">{t('claims.table.claim')}</th>
            <th scope="col">{t('claims.table.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(([name, value]) => (
            <ClaimRow key={name} name={name} value={value} bounds={bounds} written={written} />
          ))}
        </tbody>
      </table>
      {shown.length < entries.length && (
        <button type="button" className="button button-small" onClick={() => setExpanded(payload)}>
          {t('claims.table.showAll', { count: entries.length })}
        </button>
      )}
    </section>
  );
}
