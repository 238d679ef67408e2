import { useDeferredValue, useMemo, useState } from 'react';
import { diffTokens, type TokenDiff } from '../../core/diff/diff-tokens';
import { MAX_DIFF_ROWS, type MemberDiff } from '../../core/diff/member-diff';
import { inspectToken } from '../../core/inspect-token';
import { useCatalogueArea, useT } from '../../i18n/use-t';
import { useDocumentTitle } from '../../platform/use-document-title';
import { CodeTextArea } from '../../ui/CodeTextArea';
import { DiffRows, type FormatDuration } from './DiffRows';
import { SegmentComparison } from './SegmentComparison';
import './diff.css';

interface Props {
  /** The token put on the left when the view opens (the decoder's, for "Compare with…"). */
  initialLeft?: string;
  formatDuration: FormatDuration;
}

function BytesSummary({ diff }: { diff: TokenDiff }) {
  const t = useT();
  const parts = (['header', 'payload'] as const).flatMap((part) => {
    const comparison = diff[part];
    return comparison === 'absent' ? [] : [{ part, comparison }];
  });
  if (diff.identical) {
    return (
      <p className="diff-bytes" data-testid="diff-bytes" data-identical="true">
        {t('diff.identical')}
      </p>
    );
  }
  return (
    <div className="diff-bytes" data-testid="diff-bytes" data-same-claims={diff.sameClaimsDifferentBytes}>
      {diff.sameClaimsDifferentBytes && <p className="diff-same-claims">{t('diff.sameClaimsDifferentBytes')}</p>}
      <ul>
        {parts.map(({ part, comparison }) => (
          <li key={part} data-testid="diff-part" data-part={part} data-comparison={comparison}>
            {t(`diff.comparison.${comparison}`, { part: t(`part.${part}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `#/diff`: two tokens side by side, compared member by member and character by character; held in this view's memory only. */
export function DiffPage({ initialLeft = '', formatDuration }: Props) {
  const t = useT();
  const ready = useCatalogueArea('diff');
  useDocumentTitle(t('app.documentTitle', { view: ready ? t('diff.title') : t('nav.diff') }));
  const [left, setLeft] = useState(initialLeft);
  const [right, setRight] = useState('');
  const [pointed, setPointed] = useState<MemberDiff | null>(null);
  // Typing stays responsive with a large token: the comparison follows when the browser has time.
  const leftText = useDeferredValue(left);
  const rightText = useDeferredValue(right);
  const leftReport = useMemo(() => inspectToken(leftText), [leftText]);
  const rightReport = useMemo(() => inspectToken(rightText), [rightText]);
  const bothTokens = leftReport.decoded.kind !== 'empty' && rightReport.decoded.kind !== 'empty';
  const diff = useMemo(() => (bothTokens ? diffTokens(leftReport, rightReport) : null), [bothTokens, leftReport, rightReport]);

  if (!ready) return <div className="diff-page" aria-busy="true" />;
  return (
    <div className="diff-page">
      <h1>{t('diff.title')}</h1>
      <p className="view-intro">{t('diff.intro')}</p>
      <div className="diff-columns">
        <div className="diff-input">
          <label htmlFor="diff-left">{t('diff.leftLabel')}</label>
          <CodeTextArea id="diff-left" data-testid="diff-left" rows={5} value={left} onChange={(event) => setLeft(event.target.value)} />
        </div>
        <div className="diff-input">
          <label htmlFor="diff-right">{t('diff.rightLabel')}</label>
          <CodeTextArea id="diff-right" data-testid="diff-right" rows={5} value={right} onChange={(event) => setRight(event.target.value)} />
        </div>
      </div>
      {diff === null ? (
        <p className="diff-note" data-testid="diff-waiting">
          {t('diff.waiting')}
        </p>
      ) : (
        <div className="diff-result" aria-live="polite" aria-busy={left !== leftText || right !== rightText}>
          <BytesSummary diff={diff} />
          <DiffRows rows={diff.rows} truncated={diff.rowsTruncated} maxRows={MAX_DIFF_ROWS} formatDuration={formatDuration} onPoint={setPointed} />
          <SegmentComparison left={leftReport} right={rightReport} segments={diff.segments} pointed={pointed && diff.rows.includes(pointed) ? pointed : null} />
        </div>
      )}
    </div>
  );
}
