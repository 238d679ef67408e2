import { useT } from '../../../i18n/use-t';
import type { TimeZoneChoice } from '../../../i18n/format-time';
import { useTimeStore } from '../page/time-store';

const CHOICES: { zone: TimeZoneChoice; key: 'claims.time.zoneLocal' | 'claims.time.zoneUtc' }[] = [
  { zone: 'local', key: 'claims.time.zoneLocal' },
  { zone: 'utc', key: 'claims.time.zoneUtc' },
];

/** Local time or UTC for every date shown; the choice is remembered as a UI preference. */
export function TimeZoneToggle() {
  const t = useT();
  const zone = useTimeStore((state) => state.timeZone);
  const chooseTimeZone = useTimeStore((state) => state.chooseTimeZone);
  return (
    <div className="segmented" role="group" aria-label={t('claims.time.zone')} data-testid="time-zone-toggle">
      <span className="segmented-label" aria-hidden="true">
        {t('claims.time.zone')}
      </span>
      {CHOICES.map(({ zone: choice, key }) => (
        <button
          key={choice}
          type="button"
          className="button button-small"
          aria-pressed={zone === choice}
          data-zone={choice}
          onClick={() => chooseTimeZone(choice)}
        >
          {t(key)}
        </button>
      ))}
    </div>
  );
}
