import { TIME_FORMAT_WARM_UPS } from '../i18n/format-time';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';
import { runEachWhenIdle } from '../platform/run-each-when-idle';
import { warmIntlWhenIdle } from '../platform/warm-intl';

function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * The page's first Intl number, date and list formats cost tens of milliseconds (the engine loads
 * their data), and each formatter a few more: makes the kinds, then the formatters a token's times
 * use, in idle periods of their own and in the page's language then, so the first token a view shows
 * does not pay for them. Returns a function that cancels the ones not made yet.
 */
export function warmTimeFormatsWhenIdle(): () => void {
  const cancelKinds = warmIntlWhenIdle();
  const cancelFormats = runEachWhenIdle(TIME_FORMAT_WARM_UPS.map((warmUp) => () => warmUp(pageLocale())));
  return () => {
    cancelKinds();
    cancelFormats();
  };
}
