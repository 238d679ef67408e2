import { runEachWhenIdle } from './run-each-when-idle';

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
  return runEachWhenIdle(WARM_UPS.map((warmUp) => () => warmUp(document.documentElement.lang || undefined)));
}
