import { Fragment, useMemo, type ReactNode } from 'react';
import { summariseToken } from '../../../core/claims/summarise-token';
import type { JsonObject } from '../../../core/json/json-value';
import { useLocale, useT } from '../../../i18n/use-t';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import { EVIDENCE_KEYS, evidenceValues, KIND_SELECT } from './claim-messages';
import { SummaryExpiry } from './SummaryExpiry';
import './claims.css';

/** One line in plain words: what the token probably is, who issued it, for whom, about whom, until when. */
export function TokenSummary({ header, payload }: { header: JsonObject | null; payload: JsonObject }) {
  const t = useT();
  const locale = useLocale();
  const summary = useMemo(() => summariseToken(header, payload), [header, payload]);
  const formatList = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

  const phrases: ReactNode[] = [];
  if (summary.issuer !== null) phrases.push(t('claims.summary.issuer', { issuer: summary.issuer }));
  if (summary.audiences.length > 0) phrases.push(t('claims.summary.audience', { audience: formatList(summary.audiences) }));
  if (summary.subject !== null) phrases.push(t('claims.summary.subject', { subject: summary.subject }));
  if (summary.expiry === null) phrases.push(t('claims.summary.noExpiry'));
  else if (!summary.expiry.ok) phrases.push(t('claims.summary.unreadableExpiry'));
  else phrases.push(<SummaryExpiry seconds={summary.expiry.seconds} />);

  const kindKey = summary.confidence === 'stated' ? 'claims.summary.kindStated' : 'claims.summary.kindGuessed';
  return (
    <section className="token-summary" data-testid="token-summary" data-kind={summary.kind} aria-label={t('claims.summary.label')}>
      <p className="token-summary-line">
        <strong>{t(kindKey, { kind: KIND_SELECT[summary.kind] })}</strong>
        {summary.vendor !== null && ` ${t('claims.summary.vendor', { vendor: summary.vendor })}`}
        {phrases.map((phrase, index) => (
          <Fragment key={index}>
            <span aria-hidden="true" className="token-summary-dot">
              {' · '}
            </span>
            <span className="token-summary-phrase">{typeof phrase === 'string' ? showHiddenCharacters(phrase) : phrase}</span>
          </Fragment>
        ))}
      </p>
      <p className="token-summary-why">
        {t('claims.summary.why')} {showHiddenCharacters(t(EVIDENCE_KEYS[summary.evidence.code], evidenceValues(summary.evidence, formatList)))}
      </p>
    </section>
  );
}
