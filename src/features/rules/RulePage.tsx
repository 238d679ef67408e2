import { RULES } from '../../core/findings/registry';
import { isRuleId } from '../../core/findings/rule-ids';
import { needKey, ruleTextKey } from '../../i18n/finding-keys';
import { useCatalogueArea, useT } from '../../i18n/use-t';
import { ReferenceList } from '../../widgets/ReferenceList';
import { SeverityLabel } from '../../widgets/SeverityLabel';
import { RulesLoading } from './RulesLoading';
import './rules.css';
import { useDocumentTitle } from '../../platform/use-document-title';

// The route passes the id, and links are plain hash links: importing react-router from this lazy
// chunk would make the bundler move React out of the entry chunk.

/** `#/rules/:id`: one rule with its severities, what it needs, why it matters, what to do and its references. */
export function RulePage({ id }: { id: string }) {
  const t = useT();
  const ready = useCatalogueArea('findings');
  useDocumentTitle(t('app.documentTitle', { view: id }));
  if (!ready) return <RulesLoading t={t} />;
  const meta = isRuleId(id) ? RULES.find((rule) => rule.meta.id === id)?.meta : undefined;
  if (meta === undefined) {
    return (
      <div className="rules-page" data-testid="rule-not-found">
        <h1>{t('rules.notFoundTitle')}</h1>
        <p>{t('rules.notFoundBody', { id })}</p>
        <p>
          <a href="#/rules">{t('rules.allRules')}</a>
        </p>
      </div>
    );
  }
  return (
    <article className="rules-page rule-page" data-testid="rule-page" data-rule={meta.id}>
      <p className="rule-back">
        <a href="#/rules">{t('rules.allRules')}</a>
      </p>
      <h1>{t(ruleTextKey(meta.id, 'title'))}</h1>
      <dl className="rule-facts">
        <dt>{t('rules.ruleId')}</dt>
        <dd>
          <code className="rule-id">{meta.id}</code>
        </dd>
        <dt>{t('rules.severities')}</dt>
        <dd className="rule-severities">
          <SeverityLabel severity={meta.severity} t={t} />
          {meta.severities.length > 1 && (
            <>
              {' '}
              <span className="rule-severities-milder">{t('rules.milderCases')}</span>{' '}
              {meta.severities
                .filter((severity) => severity !== meta.severity)
                .map((severity) => (
                  <SeverityLabel key={severity} severity={severity} t={t} />
                ))}
            </>
          )}
        </dd>
        <dt>{t('rules.needs')}</dt>
        <dd>{meta.needs.map((need) => t(needKey(need))).join(' · ')}</dd>
      </dl>
      <h2>{t('findings.why')}</h2>
      <p>{t(ruleTextKey(meta.id, 'why'))}</p>
      <h2>{t('findings.fix')}</h2>
      <p>{t(ruleTextKey(meta.id, 'fix'))}</p>
      <h2>{t('findings.references')}</h2>
      <ReferenceList references={meta.references} />
    </article>
  );
}
