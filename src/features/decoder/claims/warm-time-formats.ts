import { TIME_FORMAT_WARM_UPS } from '../../../i18n/format-time';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../i18n/locales';
import { runEachWhenIdle } from '../../../platform/run-each-when-idle';
import { warmIntlWhenIdle } from '../../../platform/warm-intl';

// The page's first Intl number, date and list formats cost tens of milliseconds (the engine loads
// their data), and each formatter a few more: once this module is fetched (prefetch-panels), the
// kinds, then the formatters a token's times use, are made while the page is idle, not by the first
// paste.
if (typeof window === 'object') {
  warmIntlWhenIdle();
  const pageLocale = (): Locale => {
    const lang = document.documentElement.lang;
    return isLocale(lang) ? lang : DEFAULT_LOCALE;
  };
  runEachWhenIdle(TIME_FORMAT_WARM_UPS.map((warmUp) => () => warmUp(pageLocale())));
}
