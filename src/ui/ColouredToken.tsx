import { Fragment, memo, type MouseEvent, type ReactNode } from 'react';
import { characterAtPoint } from './character-at-point';

/**
 * How a part is laid out: its characters `[from, to)`, or text that lies between them where it is
 * shown (a line break, a marker) and is drawn without being part of the part's text content.
 */
export type SegmentRun = { from: number; to: number } | { gap: string };

/** One dot-separated part of a token: its name (a CSS class `part-<name>`) and its text. */
export interface ColouredSegment<Name extends string = string> {
  name: Name;
  segment: string;
  /** How the part is drawn when it is not simply its whole segment (the mirror of a text box). */
  runs?: readonly SegmentRun[];
  /** Characters drawn marked (wrong or changed, as the token's `markKind` says), each with its title. */
  marks?: readonly SegmentMark[];
}

/** One marked character of a part, and what is wrong or changed there, as its title. */
export interface SegmentMark {
  /** 0-based, in the part's segment. */
  index: number;
  label: string;
}

/** Characters `[start, end)` of one part drawn highlighted; a partial edge character is shaded apart. */
export interface TokenHighlight<Name extends string = string> {
  part: Name;
  start: number;
  end: number;
  /** The first character carries only some of the highlighted bits. */
  partialStart: boolean;
  /** The last character carries only some of the highlighted bits. */
  partialEnd: boolean;
}

/** Where a member's decoded bytes sit in its part and which characters of the segment carry them. */
export interface LocatedBytes {
  bytes: { start: number; end: number };
  chars: { start: number; end: number };
}

/** The member's characters in its part, its edge characters marked partial where they also carry other bytes. */
export function toTokenHighlight<Name extends string>(part: Name, member: LocatedBytes): TokenHighlight<Name> {
  return {
    part,
    start: member.chars.start,
    end: member.chars.end,
    // Four characters carry three bytes: a byte offset not a multiple of 3 falls inside a character.
    partialStart: member.bytes.start % 3 !== 0,
    partialEnd: member.bytes.end % 3 !== 0,
  };
}

interface Props<Name extends string> {
  parts: readonly ColouredSegment<Name>[];
  /** The visible name of a part, for the legend and the tooltip; ui/ has no translations. */
  labelOf: (name: Name) => string;
  /** Characters of each segment drawn before eliding the rest; everything when not given. */
  maxSegmentChars?: number;
  /** Renders "N more characters" after an elided segment. */
  elidedLabel?: (count: number) => string;
  /** `data-testid` of the text element, whose text content is exactly the token when nothing is elided. */
  testId?: string;
  /** `data-testid` of each part, which also gets `data-part` = its name. */
  partTestId?: string;
  highlight?: TokenHighlight<Name> | null;
  /** `data-testid` of the highlight, which also gets `data-part`, `data-start` and `data-end`. */
  highlightTestId?: string;
  /** `data-testid` of each marked character, which also gets `data-part` and `data-index`. */
  markTestId?: string;
  /** What a mark means, drawn as the class `token-<kind>-char`: a character that is wrong (the default) or one that changed. */
  markKind?: MarkKind;
  /** Told which part and character (its offset in the segment) the pointer is over, or null once it is over none. */
  onPoint?: (point: { part: Name; offset: number } | null) => void;
  /**
   * Draws the token as the mirror behind a text box: `outside[i]` is the box's text before part `i`
   * (the last entry, after the last part), each part is laid out by its `runs`; no legend, no eliding.
   */
  mirror?: { outside: readonly string[] };
}

/** What the marked characters of a token are: wrong (decoding failed there) or changed (against another token). */
export type MarkKind = 'bad' | 'changed';

interface SegmentProps {
  name: string;
  text: string;
  runs: readonly SegmentRun[] | undefined;
  highlightStart: number;
  highlightEnd: number;
  partialStart: boolean;
  partialEnd: boolean;
  highlightTestId: string | undefined;
  marks: readonly SegmentMark[] | undefined;
  markTestId: string | undefined;
  markKind: MarkKind;
}

/** The offsets where characters `[from, to)` are cut: the highlight's and marks' edges inside them, sorted, with both ends. */
function cutsOf(from: number, to: number, edges: readonly number[]): number[] {
  const cuts = new Set<number>([from, to]);
  for (const offset of edges) if (offset > from && offset < to) cuts.add(offset);
  return [...cuts].sort((a, b) => a - b);
}

// Only a part whose text, runs, marks or highlight changed is drawn again. A part drawn plainly is
// one text node: the character under the pointer is measured (characterAtPoint), not an element each.
const SegmentText = memo(function SegmentText(props: SegmentProps) {
  const { name, text, runs, highlightStart: start, partialStart, partialEnd, highlightTestId, marks = [], markTestId, markKind } = props;
  const end = Math.min(props.highlightEnd, text.length);
  const highlighted = start < end;
  if (!runs && !highlighted && marks.length === 0) return text;

  const edges = highlighted ? [start, end, partialStart ? start + 1 : start, partialEnd ? end - 1 : end] : [];
  for (const mark of marks) edges.push(mark.index, mark.index + 1);
  const before: ReactNode[] = [];
  const inside: ReactNode[] = [];
  const after: ReactNode[] = [];
  let reached = 0;
  for (const [index, run] of (runs ?? [{ from: 0, to: text.length }]).entries()) {
    if ('gap' in run) {
      // Drawn from the attribute: the gap shows where it is in the box but is no character of the part.
      const gap = <span key={`gap-${index}`} className="token-gap" data-gap={run.gap} />;
      (highlighted && reached > start && reached < end ? inside : reached <= start ? before : after).push(gap);
      continue;
    }
    const cuts = cutsOf(run.from, run.to, edges);
    for (let at = 0; at + 1 < cuts.length; at++) {
      const from = cuts[at]!;
      const to = cuts[at + 1]!;
      const within = highlighted && from >= start && to <= end;
      const partial = within && ((partialStart && from === start) || (partialEnd && to === end));
      const mark = marks.find((candidate) => candidate.index === from);
      const piece = (
        <span key={from} data-offset={from} className={partial ? 'token-highlight-partial' : undefined}>
          {mark ? (
            <mark className={`token-${markKind}-char`} data-testid={markTestId} data-part={name} data-index={from} title={mark.label}>
              {text.slice(from, to)}
            </mark>
          ) : (
            text.slice(from, to)
          )}
        </span>
      );
      (within ? inside : from < start ? before : after).push(piece);
    }
    reached = run.to;
  }
  return (
    <>
      {before}
      {highlighted && (
        <mark className="token-highlight" data-testid={highlightTestId} data-part={name} data-start={start} data-end={end}>
          {inside}
        </mark>
      )}
      {after}
    </>
  );
});

function pointedAt(event: MouseEvent): { part: string; offset: number } | null {
  const target = event.target instanceof Element ? event.target : null;
  const part = target?.closest<HTMLElement>('.token-part');
  const offset = part ? characterAtPoint(part, event.clientX, event.clientY) : null;
  return part?.dataset.part !== undefined && offset !== null ? { part: part.dataset.part, offset } : null;
}

/**
 * A token redrawn part by part: each part has its colour, its own underline style and a label in
 * the legend, so colour is never the only cue. A highlight marks a run of one part's characters.
 */
export function ColouredToken<Name extends string>(props: Props<Name>) {
  const { parts, labelOf, maxSegmentChars = Infinity, elidedLabel, testId, partTestId, highlight, highlightTestId, markTestId, markKind = 'bad', onPoint, mirror } = props;
  const point = onPoint && ((event: MouseEvent) => onPoint(pointedAt(event) as { part: Name; offset: number } | null));
  const leave = onPoint && (() => onPoint(null));
  const drawPart = (part: ColouredSegment<Name>, elideAt: number) => {
    const elided = part.segment.length > elideAt;
    const lit = highlight?.part === part.name ? highlight : null;
    return (
      <span data-testid={partTestId} data-part={part.name} className={`token-part part-${part.name}`} title={labelOf(part.name)}>
        <SegmentText
          name={part.name}
          text={elided ? part.segment.slice(0, elideAt) : part.segment}
          runs={part.runs}
          highlightStart={lit?.start ?? 0}
          highlightEnd={lit?.end ?? 0}
          partialStart={lit?.partialStart ?? false}
          partialEnd={lit?.partialEnd ?? false}
          highlightTestId={highlightTestId}
          marks={part.marks}
          markTestId={markTestId}
          markKind={markKind}
        />
        {elided && elidedLabel && <span className="part-elided">{elidedLabel(part.segment.length - elideAt)}</span>}
      </span>
    );
  };

  if (mirror) {
    return (
      <div className="coloured-token-mirror" aria-hidden="true" translate="no" data-testid={testId} onMouseMove={point} onMouseLeave={leave}>
        {parts.map((part, index) => (
          <Fragment key={index}>
            <OutsideText text={mirror.outside[index] ?? ''} />
            {drawPart(part, Infinity)}
          </Fragment>
        ))}
        <OutsideText text={mirror.outside[parts.length] ?? ''} />
        {/* A box ending in a line break shows an empty last line; so must its mirror. */}
        {'\u200b'}
      </div>
    );
  }
  return (
    <figure className="coloured-token">
      <PartLegend names={parts.map((part) => part.name)} labelOf={labelOf} caption />
      <p className="coloured-token-text" translate="no" data-testid={testId} onMouseMove={point} onMouseLeave={leave}>
        {parts.map((part, index) => (
          <Fragment key={index}>
            {index > 0 && <span className="part-dot">.</span>}
            {drawPart(part, maxSegmentChars)}
          </Fragment>
        ))}
      </p>
    </figure>
  );
}

/** Text of the box around and between the parts: the dots, a prefix, the rest of a pasted text. */
function OutsideText({ text }: { text: string }) {
  if (text === '') return null;
  return <span className={text === '.' ? 'part-dot' : 'token-outside'}>{text}</span>;
}

interface LegendProps<Name extends string> {
  names: readonly Name[];
  labelOf: (name: Name) => string;
  /** Drawn as the caption of the token's `<figure>`. */
  caption?: boolean;
}

/** The parts' names in their colours and underline styles: the key to the coloured token. */
export function PartLegend<Name extends string>({ names, labelOf, caption = false }: LegendProps<Name>) {
  const Element = caption ? 'figcaption' : 'p';
  return (
    <Element className="part-legend">
      {names.map((name, index) => (
        <span key={`${name}-${index}`} className={`legend-item part-${name}`}>
          {labelOf(name)}
        </span>
      ))}
    </Element>
  );
}
