import { SEVERITIES } from '../../core/findings/finding';
import { RULES } from '../../core/findings/registry';
import { ruleTextKey } from '../../i18n/finding-keys';
import { useCatalogueArea, useT } from '../../i18n/use-t';
import { SeverityLabel } from '../../widgets/SeverityLabel';
import { RulesLoading } from './RulesLoading';
import './rules.css';
import { useDocumentTitle } from '../../platform/use-document-title';

// Plain hash links, not react-router's Link: importing the router from this lazy chunk would make
// the bundler move React out of the entry chunk, growing the first load.

/** `#/rules`: every rule, grouped by the worst severity it reports, each linking to its page. */
export function RulesIndexPage() {
  const t = useT();
  useDocumentTitle(t('app.documentTitle', { view: t('rules.title') }));
  const ready = useCatalogueArea('findings');
  if (!ready) return <RulesLoading t={t} />;
  return (
    <div className="rules-page" data-testid="rules-index">
      <h1>{t('rules.title')}</h1>
      <p className="view-intro">{t('rules.intro')}</p>
      <p className="rules-count">{t('rules.count', { count: RULES.length })}</p>
      {SEVERITIES.map((severity) => {
        const rules = RULES.filter((rule) => rule.meta.severity === severity);
        if (rules.length === 0) return null;
        return (
          <section key={severity} className="rules-group" aria-labelledby={`rules-${severity}`}>
            <h2 id={`rules-${severity}`}>
              <SeverityLabel severity={severity} t={t} />{' '}
              <span className="rules-group-count">{t('rules.groupLabel', { count: rules.length })}</span>
            </h2>
            <ul className="rules-list">
              {rules.map(({ meta }) => (
                <li key={meta.id} data-testid="rule-list-item" data-rule={meta.id}>
                  <a href={`#/rules/${meta.id}`}>{t(ruleTextKey(meta.id, 'title'))}</a> <code className="rule-id">{meta.id}</code>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
