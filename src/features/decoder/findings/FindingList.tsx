import { memo, useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { isRuleFailure, SEVERITIES, type Evidence, type Finding, type RuleMeta, type Severity } from '../../../core/findings/finding';
import { RULES } from '../../../core/findings/registry';
import type { RuleId } from '../../../core/findings/rule-ids';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { findingMessageKey, ruleTextKey, severityKey } from '../../../i18n/finding-keys';
import type { MessageKey } from '../../../i18n/i18n';
import type { Locale } from '../../../i18n/locales';
import { useLocale, useT, type Translate } from '../../../i18n/use-t';
import { ReferenceList } from '../../../widgets/ReferenceList';
import { SeverityLabel } from '../../../widgets/SeverityLabel';
import { SeveritySymbol } from '../../../widgets/SeveritySymbol';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import type { TimeZoneChoice } from '../../../i18n/format-time';
import { formatFindingParams, sayMeasure, sayTerm } from './format-finding';
import { useFindings, type FindingsInputs } from './use-findings';
import './findings.css';
import { MoreNotShown } from '../../../ui/MoreNotShown';
import { useDrawnInStepsByList } from '../../../platform/use-drawn-in-steps';

const META_BY_ID = new Map<RuleId, RuleMeta>(RULES.map((rule) => [rule.meta.id, rule.meta]));

function EvidenceList({ evidence, t }: { evidence: Evidence[]; t: Translate }) {
  return (
    <dl className="finding-evidence">
      <dt>{t('findings.evidence')}</dt>
      {evidence.map((entry, index) => (
        <dd key={index}>
          <span className="finding-where">{t(`findings.where.${entry.part}` as MessageKey)}</span>
          {entry.pointer !== undefined && <code className="finding-pointer">{showHiddenCharacters(entry.pointer)}</code>}
          {entry.value !== undefined && entry.value !== '' && <code className="finding-value wrap-anywhere">{showHiddenCharacters(entry.value)}</code>}
          {entry.measure !== undefined && <span className="finding-measure">{sayMeasure(entry.measure, t)}</span>}
          {entry.term !== undefined && <span className="finding-term">{sayTerm(entry.term, t)}</span>}
        </dd>
      ))}
    </dl>
  );
}

interface FindingItemProps {
  finding: Finding;
  t: Translate;
  locale: Locale;
  zone: TimeZoneChoice;
}

function FindingItem({ finding, t, locale, zone }: FindingItemProps) {
  const meta = META_BY_ID.get(finding.ruleId);
  const format = (params: Finding['params'] = {}) => formatFindingParams(params, locale, zone);
  return (
    <li className="finding" data-testid="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <div className="finding-head">
        <SeverityLabel severity={finding.severity} t={t} />
        <span className="finding-title">{t(ruleTextKey(finding.ruleId, 'title'))}</span>
        {finding.inner && <span className="finding-inner">{t('findings.inner')}</span>}
      </div>
      <p className="finding-message">
        {showHiddenCharacters(
          isRuleFailure(finding) ? t('findings.ruleFailed', { error: String(finding.params.error) }) : t(findingMessageKey(finding.ruleId, finding.messageId), format(finding.params)),
        )}
      </p>
      {finding.notes && finding.notes.length > 0 && (
        <ul className="finding-notes">
          {finding.notes.map((note, index) => (
            <li key={index}>{showHiddenCharacters(t(findingMessageKey(finding.ruleId, note.messageId), format(note.params)))}</li>
          ))}
        </ul>
      )}
      {finding.evidence && finding.evidence.length > 0 && <EvidenceList evidence={finding.evidence} t={t} />}
      <details className="finding-details">
        <summary>{t('findings.details')}</summary>
        <h4>{t('findings.why')}</h4>
        <p>{t(ruleTextKey(finding.ruleId, 'why'))}</p>
        <h4>{t('findings.fix')}</h4>
        <p>{t(ruleTextKey(finding.ruleId, 'fix'))}</p>
        {meta && (
          <>
            <h4>{t('findings.references')}</h4>
            <ReferenceList references={meta.references} />
          </>
        )}
      </details>
      {/* A plain hash link: react-router in this lazy chunk would pull React out of the entry chunk. */}
      <a className="finding-rule-link" href={`#/rules/${finding.ruleId}`}>
        {t('findings.ruleLink', { rule: finding.ruleId })}
      </a>
    </li>
  );
}

/** The token did not decode all the way (a structure or part error): most rules had nothing to read. */
function hasDecodeProblem(decoded: DecodedToken): boolean {
  return decoded.kind === 'malformed' || (decoded.kind !== 'empty' && decoded.parts.some((part) => !part.decoding.ok));
}

/** Severities that open the list by themselves: something is wrong, not only worth knowing. */
const OPENING: ReadonlySet<Severity> = new Set<Severity>(['critical', 'high', 'medium']);

/**
 * Findings drawn at first in each severity, and added by each "Show more": a token with 1,000 empty
 * SD-JWT disclosures drew its 1,005 findings (23,000 elements) in one ~650 ms task here.
 */
export const FINDINGS_STEP = 20;

/** What the reader chose for one token: the list opened or folded (null: as its findings say), and the severities shown. */
interface ListChoice {
  decoded: DecodedToken;
  open: boolean | null;
  shown: readonly Severity[];
}

/**
 * The security findings for the decoded token: a summary with one count per severity present
 * (`findings-summary`, `findings-count`), each a toggle that filters the list, and the list grouped
 * by severity (the UI contract's `finding` hooks), folded while it holds only low and info findings.
 * Says so when the token did not decode instead of reporting no issues. Dates are shown in `timeZone`.
 */
interface FindingListProps {
  inputs: FindingsInputs;
  timeZone: TimeZoneChoice;
  /**
   * Where the list goes when it is not to follow the summary: the page keeps the summary on its
   * first screen and shows the list, when open, in a wider place further down.
   */
  listSlot?: Element | null;
}

// Memoised: the page re-renders its panes for every new token, while the list shows the settled one.
export const FindingList = memo(function FindingList({ inputs, timeZone, listSlot }: FindingListProps) {
  const t = useT();
  const locale = useLocale();
  const zone = timeZone;
  const titleId = useId();
  const listId = useId();
  const { findings, checking } = useFindings(inputs);
  const { decoded } = inputs;
  const undecoded = hasDecodeProblem(decoded);
  // A new token starts from what its findings suggest, not from the last token's choices.
  const [choice, setChoice] = useState<ListChoice>({ decoded, open: null, shown: [] });
  if (choice.decoded !== decoded) setChoice({ decoded, open: null, shown: [] });
  const { drawnOf, drawMore } = useDrawnInStepsByList<Severity>(decoded, FINDINGS_STEP);

  const groups = useMemo(
    () => SEVERITIES.map((severity) => ({ severity, items: findings.filter((finding) => finding.severity === severity) })).filter((group) => group.items.length > 0),
    [findings],
  );
  const shown = choice.shown.filter((severity) => groups.some((group) => group.severity === severity));
  const open = choice.open ?? findings.some((finding) => OPENING.has(finding.severity));
  const toggleList = () => {
    setChoice({ ...choice, open: !open, shown });
    // A list shown further down is brought into view, so opening it visibly does something.
    if (listSlot && !open) requestAnimationFrame(() => document.getElementById(listId)?.scrollIntoView({ block: 'nearest' }));
  };
  const toggleSeverity = (severity: Severity) =>
    setChoice({ ...choice, open: true, shown: shown.includes(severity) ? shown.filter((one) => one !== severity) : [...shown, severity] });

  const list = (
    <div id={listId} className="findings-list" hidden={!open}>
      {groups
        .filter((group) => shown.length === 0 || shown.includes(group.severity))
        .map(({ severity, items }) => (
          <section key={severity} className="findings-group" data-severity={severity} aria-label={t(severityKey(severity))}>
            <h3 className="findings-group-title">
              <SeverityLabel severity={severity} t={t} /> <span className="findings-group-count">({items.length})</span>
            </h3>
            <ul className="findings-items">
              {items.slice(0, drawnOf(severity)).map((finding, index) => (
                <FindingItem key={`${finding.ruleId}-${finding.messageId}-${index}`} finding={finding} t={t} locale={locale} zone={zone} />
              ))}
            </ul>
            {items.length > drawnOf(severity) && (
              <MoreNotShown notShown={t('findings.notShown', { count: items.length - drawnOf(severity) })} showMoreLabel={t('pane.showMore')} onShowMore={() => drawMore(severity)} />
            )}
          </section>
        ))}
    </div>
  );

  return (
    <section className="pane findings" data-testid="findings" aria-labelledby={titleId} aria-busy={checking}>
      <h2 id={titleId} className="pane-title-plain">
        {t('findings.title')}
      </h2>
      <div className="findings-summary" data-testid="findings-summary">
        <p className="findings-total">{t('findings.count', { count: findings.length })}</p>
        {groups.length > 0 && (
          <ul className="findings-filters" aria-label={t('findings.summaryLabel')}>
            {groups.map(({ severity, items }) => (
              <li key={severity} data-severity={severity}>
                <button
                  type="button"
                  className="findings-filter"
                  aria-pressed={shown.includes(severity)}
                  aria-controls={listId}
                  onClick={() => toggleSeverity(severity)}
                >
                  <SeveritySymbol severity={severity} />
                  <span className="findings-filter-word">{t(severityKey(severity))}</span>{' '}
                  <span className="findings-count" data-testid="findings-count" data-severity={severity}>
                    {items.length}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {groups.length > 0 && (
          <button type="button" className="button button-small findings-fold" aria-expanded={open} aria-controls={listId} onClick={toggleList}>
            {open ? t('findings.hideList') : t('findings.showList', { count: findings.length })}
          </button>
        )}
      </div>
      {undecoded && (
        <p className="notice notice-neutral findings-not-run" data-testid="findings-not-run">
          {t('findings.notRun', { count: findings.length })}
        </p>
      )}
      {checking && (
        <p className="findings-checking" role="status">
          {t('findings.checking')}
        </p>
      )}
      {findings.length === 0 && !checking && !undecoded && <p className="findings-none">{t('findings.none')}</p>}
      {listSlot
        ? createPortal(
            <section className="pane findings-list-pane" aria-labelledby={titleId} hidden={!open}>
              {list}
            </section>,
            listSlot,
          )
        : list}
    </section>
  );
});
