import { memo } from 'react';
import type { MemberChange, MemberDiff } from '../../core/diff/member-diff';
import { formatDuration } from '../../i18n/format-time';
import { useLocale, useT } from '../../i18n/use-t';
import { describeValue } from './describe-value';

const CHANGES: readonly MemberChange[] = ['added', 'removed', 'changed', 'same'];

function DeltaNote({ seconds }: { seconds: number }) {
  const t = useT();
  const locale = useLocale();
  const duration = formatDuration(locale, seconds);
  return (
    <span className="diff-delta" data-testid="diff-time-delta" data-seconds={seconds}>
      {t(seconds > 0 ? 'diff.later' : 'diff.earlier', { duration })}
    </span>
  );
}

/** Told which row the pointer or focus is on (its member lights up in both tokens), or null once none. */
export type PointRow = (row: MemberDiff | null) => void;

function DiffRow({ row, onPoint }: { row: MemberDiff; onPoint: PointRow }) {
  const t = useT();
  const before = describeValue(row.left);
  const after = describeValue(row.right);
  return (
    <li
      className={`diff-row diff-row-${row.change}`}
      data-testid="diff-row"
      data-pointer={row.pointer}
      data-change={row.change}
      data-moved={row.moved ? 'true' : undefined}
      style={{ paddingInlineStart: `${Math.max(0, row.depth - 1) * 1.25 + 0.5}rem` }}
      tabIndex={0}
      onMouseEnter={() => onPoint(row)}
      onFocus={() => onPoint(row)}
      onMouseLeave={() => onPoint(null)}
      onBlur={() => onPoint(null)}
    >
      <span className="diff-change">{t('diff.change', { change: row.change })}</span>
      <code className="diff-pointer">{row.pointer}</code>
      {row.moved && <span className="diff-moved">{row.leftPointer ? t('diff.movedFrom', { pointer: row.leftPointer }) : t('diff.moved')}</span>}
      {row.deltaSeconds !== undefined && row.deltaSeconds !== 0 && <DeltaNote seconds={row.deltaSeconds} />}
      <span className="diff-values">
        {row.change === 'same' && <code>{after}</code>}
        {row.change === 'removed' && <del>{before}</del>}
        {row.change === 'added' && <ins>{after}</ins>}
        {row.change === 'changed' && (
          <>
            <del>{before}</del>
            <span aria-hidden="true"> → </span>
            <ins>{after}</ins>
          </>
        )}
      </span>
    </li>
  );
}

interface Props {
  rows: MemberDiff[];
  truncated: boolean;
  maxRows: number;
  onPoint: PointRow;
}

/** The compared members, one row each (the contract's `diff-row`), with how many of each change; drawn again only when the rows change. */
export const DiffRows = memo(function DiffRows({ rows, truncated, maxRows, onPoint }: Props) {
  const t = useT();
  const counts = Object.fromEntries(CHANGES.map((change) => [change, rows.filter((row) => row.change === change).length]));
  return (
    <section className="diff-members" aria-labelledby="diff-members-heading">
      <h2 id="diff-members-heading">{t('diff.membersHeading')}</h2>
      {rows.length === 0 ? (
        <p>{t('diff.noMembers')}</p>
      ) : (
        <>
          <p className="diff-counts" data-testid="diff-counts" aria-live="polite">
            {t('diff.counts', counts)}
          </p>
          <ul className="diff-rows">
            {rows.map((row) => (
              <DiffRow key={`${row.pointer}\u0000${row.change}`} row={row} onPoint={onPoint} />
            ))}
          </ul>
        </>
      )}
      {truncated && <p className="diff-note">{t('diff.rowsTruncated', { count: maxRows })}</p>}
    </section>
  );
});
