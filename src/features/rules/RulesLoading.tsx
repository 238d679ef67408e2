import type { Translate } from '../../i18n/use-t';

/** What a rule page shows while the rule texts load: its place and heading, marked busy. */
export function RulesLoading({ t }: { t: Translate }) {
  return (
    <div className="rules-page" aria-busy="true">
      <h1>{t('nav.rules')}</h1>
    </div>
  );
}
