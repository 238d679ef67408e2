import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { diffTokens, type TokenDiff } from '../../core/diff/diff-tokens';
import { MAX_DIFF_ROWS, type MemberDiff } from '../../core/diff/member-diff';
import { inspectToken, type InspectionReport } from '../../core/inspect-token';
import { describeDecodeProblem } from '../../i18n/describe-decode-problem';
import { useCatalogueArea, useT } from '../../i18n/use-t';
import { useDocumentTitle } from '../../platform/use-document-title';
import { CodeTextArea } from '../../ui/CodeTextArea';
import { warmTimeFormatsWhenIdle } from '../../widgets/warm-time-formats';
import { DiffRows } from './DiffRows';
import { SegmentComparison } from './SegmentComparison';
import './diff.css';

interface Props {
  /** The token put on the left when the view opens (the decoder's, for "Compare with…"). */
  initialLeft?: string;
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

interface TokenBoxProps {
  side: 'left' | 'right';
  label: string;
  value: string;
  onChange: (value: string) => void;
}

// Its own component: pointing at a row redraws the page, and a megabyte box costs to compare.
const TokenBox = memo(function TokenBox({ side, label, value, onChange }: TokenBoxProps) {
  return (
    <div className="diff-input">
      <label htmlFor={`diff-${side}`}>{label}</label>
      <CodeTextArea id={`diff-${side}`} data-testid={`diff-${side}`} rows={5} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
});

// A broken side still compares what decoded; its first problems say why the rest is missing.
const MAX_PROBLEMS_PER_SIDE = 3;

function SideProblems({ side, report }: { side: 'left' | 'right'; report: InspectionReport }) {
  const t = useT();
  return report.problems.slice(0, MAX_PROBLEMS_PER_SIDE).map((problem, index) => {
    const { place, key, values } = describeDecodeProblem(problem);
    return (
      <p key={`${side}-${index}`} className="diff-problem" data-testid="diff-problem" data-side={side} data-part={place}>
        {t('diff.problem', { side, part: t(`part.${place}`), problem: t(key, values) })}
      </p>
    );
  });
}

/** `#/diff`: two tokens side by side, compared member by member and character by character; held in this view's memory only. */
export function DiffPage({ initialLeft = '' }: Props) {
  const t = useT();
  const ready = useCatalogueArea('diff');
  useDocumentTitle(t('app.documentTitle', { view: ready ? t('diff.title') : t('nav.diff') }));
  const [left, setLeft] = useState(initialLeft);
  const [right, setRight] = useState('');
  const [pointed, setPointed] = useState<MemberDiff | null>(null);
  // A moved time claim is shown as a duration: its formatter is made before the first comparison.
  useEffect(() => warmTimeFormatsWhenIdle(), []);
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
        <TokenBox side="left" label={t('diff.leftLabel')} value={left} onChange={setLeft} />
        <TokenBox side="right" label={t('diff.rightLabel')} value={right} onChange={setRight} />
      </div>
      {diff === null ? (
        <p className="diff-note" data-testid="diff-waiting">
          {t('diff.waiting')}
        </p>
      ) : (
        <div className="diff-result" aria-busy={left !== leftText || right !== rightText}>
          <SideProblems side="left" report={leftReport} />
          <SideProblems side="right" report={rightReport} />
          <BytesSummary diff={diff} />
          <DiffRows rows={diff.rows} truncated={diff.rowsTruncated} maxRows={MAX_DIFF_ROWS} onPoint={setPointed} />
          <SegmentComparison left={leftReport} right={rightReport} segments={diff.segments} pointed={pointed && diff.rows.includes(pointed) ? pointed : null} />
        </div>
      )}
    </div>
  );
}
