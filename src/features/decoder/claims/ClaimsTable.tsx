import { useId, useMemo } from 'react';
import { readTimeClaims } from '../../../core/claims/evaluate-time-window';
import { ownMember, type JsonObject } from '../../../core/json/json-value';
import type { NumberLexeme } from '../../../core/json/read-number-lexemes';
import { useT } from '../../../i18n/use-t';
import { useDrawnInSteps } from '../../../platform/use-drawn-in-steps';
import { ClaimRow } from './ClaimRow';
import { TimeZoneToggle } from './TimeZoneToggle';
import { indexNumberLexemes } from './written-numbers';
import './claims.css';

/**
 * Rows laid out at first, and added by each "Show more". A payload of 50,000 claims drew 500 rows at
 * once in a ~250 ms task here (and "show all" would have drawn 50,000).
 */
export const ROWS_STEP = 100;

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
  // The names only: the name-value pairs of 50,000 claims took ~55 ms to list, the names a fraction.
  const names = useMemo(() => Object.keys(payload), [payload]);
  const bounds = useMemo(() => readTimeClaims(payload), [payload]);
  const { drawn, drawMore } = useDrawnInSteps(payload, ROWS_STEP);
  const remaining = names.length - drawn;
  return (
    <section className="pane claims-pane" aria-labelledby={headingId}>
      <div className="pane-heading">
        <h2 id={headingId} className="pane-title part-label part-payload">
          {t('claims.table.title')}
        </h2>
        <TimeZoneToggle />
      </div>
      <p className="pane-hint claims-count">{t('claims.table.count', { count: names.length })}</p>
      <table className="claims-table">
        <thead>
          <tr>
            <th scope="col">{t('claims.table.claim')}</th>
            <th scope="col">{t('claims.table.value')}</th>
          </tr>
        </thead>
        <tbody>
          {names.slice(0, drawn).map((name) => (
            <ClaimRow key={name} name={name} value={ownMember(payload, name)!} bounds={bounds} written={written} />
          ))}
        </tbody>
      </table>
      {remaining > 0 && (
        <button type="button" className="button button-small" onClick={drawMore}>
          {t('claims.table.showMore', { count: Math.min(ROWS_STEP, remaining), remaining })}
        </button>
      )}
    </section>
  );
}
