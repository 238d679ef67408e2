import { scheduleWhenIdle } from './schedule-when-idle';

/**
 * One formatter of each Intl kind a decoded token shows (a number with a unit, a date, a list). The
 * first of a kind on a page costs tens of milliseconds, about nothing after that, whatever the
 * locale: the engine loads that kind's data once.
 */
const WARM_UPS: readonly ((locale: string | undefined) => void)[] = [
  (locale) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(1),
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(0),
  (locale) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b']),
];

/**
 * Once the page has loaded, makes and drops one formatter of each Intl kind, each in an idle period
 * of its own and in the page's language (`<html lang>` read then), so the first paste does not pay
 * for the engine's first formatters. Returns a function that cancels the ones not made yet.
 */
export function warmIntlWhenIdle(): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const warm = (index: number) => {
    const warmUp = WARM_UPS[index];
    if (cancelled || !warmUp) return;
    cancelIdle = scheduleWhenIdle(() => {
      try {
        warmUp(document.documentElement.lang || undefined);
      } catch {
        // An engine without this Intl kind: the page formats without it too.
      }
      warm(index + 1);
    });
  };
  const start = () => warm(0);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
    cancelIdle();
    window.removeEventListener('load', start);
  };
}
