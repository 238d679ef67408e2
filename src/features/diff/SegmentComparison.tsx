import { useMemo } from 'react';
import type { SegmentDiff } from '../../core/diff/diff-tokens';
import type { MemberDiff } from '../../core/diff/member-diff';
import type { InspectionReport, OffsetRange } from '../../core/inspect-token';
import type { PartName } from '../../core/token/decoded-token';
import { useT } from '../../i18n/use-t';
import { ColouredToken, toTokenHighlight, type ColouredSegment, type SegmentMark, type TokenHighlight } from '../../ui/ColouredToken';

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

/**
 * The characters of the member at `pointer` (`/payload/exp`) in the token, or of its nearest
 * ancestor the decoder located (array elements themselves are not located, their members are).
 */
function highlightOf(report: InspectionReport, pointer: string | undefined): TokenHighlight<PartName> | null {
  const [, part, ...rest] = pointer?.split('/') ?? [];
  const json = part === 'header' ? report.headerJson : part === 'payload' ? report.payloadJson : null;
  if (!json || (part !== 'header' && part !== 'payload')) return null;
  for (let inner = rest.length > 0 ? `/${rest.join('/')}` : ''; inner !== ''; inner = inner.slice(0, inner.lastIndexOf('/'))) {
    const span = json.members.find((member) => member.pointer === inner);
    if (span) return toTokenHighlight(part, span);
  }
  return null;
}

function SideToken({ report, segments, side, pointer }: { report: InspectionReport; segments: readonly SegmentDiff[]; side: Side; pointer: string | undefined }) {
  const t = useT();
  const label = t('diff.changedChar');
  // Kept across highlights, so pointing at another row redraws only the parts it lights up.
  const parts = useMemo(() => partsOf(report, segments, side, label), [report, segments, side, label]);
  const highlight = useMemo(() => highlightOf(report, pointer), [report, pointer]);
  return (
    <div className={`diff-token diff-token-${side}`}>
      <h3>{t(side === 'left' ? 'diff.leftLabel' : 'diff.rightLabel')}</h3>
      <ColouredToken
        parts={parts}
        labelOf={(name) => t(`part.${name}`)}
        maxSegmentChars={MAX_SHOWN_CHARS}
        elidedLabel={(count) => t('diff.elided', { count })}
        testId={`diff-${side}-token`}
        partTestId="diff-token-part"
        markTestId="diff-changed-char"
        markKind="changed"
        highlight={highlight}
        highlightTestId="diff-highlight"
      />
    </div>
  );
}

interface Props {
  left: InspectionReport;
  right: InspectionReport;
  segments: readonly SegmentDiff[];
  /** The row pointed at: its member's characters light up in each token that has it. */
  pointed: MemberDiff | null;
}

/**
 * Both tokens coloured by part like the decoder's, the characters that differ marked, the member
 * of the row pointed at lit up (the decoder's linked highlighting), and a line per part saying how many differ.
 */
export function SegmentComparison({ left, right, segments, pointed }: Props) {
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
        <SideToken report={left} segments={segments} side="left" pointer={pointed && pointed.change !== 'added' ? (pointed.leftPointer ?? pointed.pointer) : undefined} />
        <SideToken report={right} segments={segments} side="right" pointer={pointed && pointed.change !== 'removed' ? pointed.pointer : undefined} />
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
