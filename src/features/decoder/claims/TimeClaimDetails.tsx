import { useMemo } from 'react';
import type { TimeClaims } from '../../../core/claims/evaluate-time-window';
import { isShowableDate, readNumericDate } from '../../../core/claims/read-numeric-date';
import { asUnixSeconds, MAX_DATE_SECONDS } from '../../../core/claims/unix-seconds';
import type { JsonValue } from '../../../core/json/json-value';
import { useLocale, useT } from '../../../i18n/use-t';
import { useTimeStore } from '../page/time-store';
import { DATE_NOTE_KEYS, describeDateProblem } from './claim-messages';
import { Countdown } from './Countdown';
import { formatDateTime } from '../../../i18n/format-time';
import { LifetimeBar } from './LifetimeBar';
import { RelativeTime } from './RelativeTime';

interface Props {
  name: string;
  value: JsonValue;
  /** The token's usable time claims, for the lifetime bar on `exp`. */
  bounds: TimeClaims;
}

/**
 * A NumericDate claim as a date (local or UTC), a relative time, and for `exp` and `nbf` a countdown;
 * odd values are named in words instead of becoming "Invalid Date". The ticking parts are child
 * components with their own clock subscriptions, so this renders once per token and zone choice.
 */
export function TimeClaimDetails({ name, value, bounds }: Props) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeStore((state) => state.timeZone);
  const reading = useMemo(() => readNumericDate(value), [value]);
  const showDate = (seconds: number) =>
    Math.abs(seconds) <= MAX_DATE_SECONDS ? formatDateTime(locale, asUnixSeconds(seconds), zone) : String(seconds);

  if (!reading.ok) {
    const { key, values } = describeDateProblem(reading.problem, showDate);
    return <p className="claim-note claim-note-warning">{t(key, values)}</p>;
  }
  const { seconds, notes } = reading;
  return (
    <div className="time-details">
      {isShowableDate(reading) && (
        <span className="claim-date">
          <time dateTime={new Date(seconds * 1000).toISOString()}>{showDate(seconds)}</time>
        </span>
      )}
      <RelativeTime seconds={seconds} />
      {name === 'exp' && <Countdown seconds={seconds} label={t('claims.time.expiresIn')} />}
      {name === 'nbf' && <Countdown seconds={seconds} label={t('claims.time.validIn')} />}
      {name === 'exp' && <LifetimeBar bounds={bounds} />}
      {notes.map((note) =>
        note === 'looks-like-milliseconds' ? (
          <p key={note} className="claim-note claim-note-warning">
            {t('claims.date.milliseconds', { date: showDate(seconds / 1000) })}
          </p>
        ) : (
          <p key={note} className="claim-note claim-note-warning">
            {t(DATE_NOTE_KEYS[note])}
          </p>
        ),
      )}
    </div>
  );
}
