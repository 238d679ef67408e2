import type { SegmentDiff } from '../../core/diff/diff-tokens';
import type { InspectionReport, OffsetRange } from '../../core/inspect-token';
import type { PartName } from '../../core/token/decoded-token';
import { useT } from '../../i18n/use-t';
import { ColouredToken, type ColouredSegment, type SegmentMark } from '../../ui/ColouredToken';

// Each mark is an element: a long changed run is marked by its first characters only (the line
// under the tokens gives the full count), and a long part is drawn up to MAX_SHOWN_CHARS.
const MAX_MARKS_PER_PART = 512;
const MAX_SHOWN_CHARS = 4096;

type Side = 'left' | 'right';

function countCharacters(ranges: readonly OffsetRange[]): number {
  return ranges.reduce((sum, range) => sum + range.end - range.start, 0);
}

function marksOf(ranges: readonly OffsetRange[], label: string): SegmentMark[] {
  const marks: SegmentMark[] = [];
  for (const range of ranges) {
    for (let index = range.start; index < Math.min(range.end, MAX_SHOWN_CHARS); index++) {
      if (marks.length === MAX_MARKS_PER_PART) return marks;
      marks.push({ index, label });
    }
  }
  return marks;
}

function partsOf(report: InspectionReport, segments: readonly SegmentDiff[], side: Side, label: string): ColouredSegment<PartName>[] {
  if (report.decoded.kind === 'empty') return [];
  return report.decoded.parts.map((part, index) => ({ name: part.name, segment: part.segment, marks: marksOf(segments[index]?.[side] ?? [], label) }));
}

function SideToken({ report, segments, side }: { report: InspectionReport; segments: readonly SegmentDiff[]; side: Side }) {
  const t = useT();
  return (
    <div className={`diff-token diff-token-${side}`}>
      <h3>{t(side === 'left' ? 'diff.leftLabel' : 'diff.rightLabel')}</h3>
      <ColouredToken
        parts={partsOf(report, segments, side, t('diff.changedChar'))}
        labelOf={(name) => t(`part.${name}`)}
        maxSegmentChars={MAX_SHOWN_CHARS}
        elidedLabel={(count) => t('diff.elided', { count })}
        testId={`diff-${side}-token`}
        partTestId="diff-token-part"
        markTestId="diff-changed-char"
        markKind="changed"
      />
    </div>
  );
}

/** Both tokens coloured by part like the decoder's, the characters that differ marked, and a line per part saying how many. */
export function SegmentComparison({ left, right, segments }: { left: InspectionReport; right: InspectionReport; segments: readonly SegmentDiff[] }) {
  const t = useT();
  const nameAt = (index: number): PartName | undefined => {
    const report = left.decoded.kind !== 'empty' && left.decoded.parts[index] ? left : right;
    return report.decoded.kind === 'empty' ? undefined : report.decoded.parts[index]?.name;
  };
  return (
    <section className="diff-segments" aria-labelledby="diff-segments-heading">
      <h2 id="diff-segments-heading">{t('diff.segmentsHeading')}</h2>
      <p className="diff-note">{t('diff.segmentsIntro')}</p>
      <div className="diff-columns">
        <SideToken report={left} segments={segments} side="left" />
        <SideToken report={right} segments={segments} side="right" />
      </div>
      <ul className="diff-segment-summary">
        {segments.map((segment) => {
          const name = nameAt(segment.index);
          const part = name === undefined ? String(segment.index + 1) : t(`part.${name}`);
          const changed = segment.left.length > 0 || segment.right.length > 0;
          return (
            <li key={segment.index} data-testid="diff-segment" data-index={segment.index} data-changed={changed} data-capped={segment.capped}>
              {segment.capped
                ? t('diff.segmentCapped', { part })
                : changed
                  ? t('diff.segmentChanged', { part, left: countCharacters(segment.left), right: countCharacters(segment.right) })
                  : t('diff.segmentSame', { part })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
