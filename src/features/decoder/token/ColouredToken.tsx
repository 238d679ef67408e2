import { useCallback, useMemo } from 'react';
import type { MemberSpan } from '../../../core/inspect-token';
import type { PartName, TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { ColouredToken as ColouredParts, toTokenHighlight, type ColouredSegment, type SegmentMark } from '../../../ui/ColouredToken';
import { highlightMember, releaseHighlight, useHighlightedMember, type JsonPartName } from '../page/highlight-store';
import type { ShownPiece } from './large-token';
import { findMemberAt } from './member-highlight';
import { layoutTokenMirror } from './token-mirror';
import './linked-view.css';

/** Characters of each segment drawn before eliding the rest (the full text is in the input). */
const SEGMENT_DISPLAY_CHARS = 1_200;

/** The located members of the parts that decoded to JSON. */
export type PartMembers = Partial<Record<JsonPartName, readonly MemberSpan[]>>;

interface Props {
  parts: readonly TokenPart[];
  /** Linked view: the highlighted member lights up its characters, and pointing at a character highlights its member. */
  members?: PartMembers;
  /**
   * Drawn as the coloured mirror behind the token box: `text` is the token text the parts' offsets
   * refer to and `pieces` what of it the box shows (all of it, or a large token's ends).
   */
  mirror?: { text: string; pieces: readonly ShownPiece[] };
  /** Characters marked as wrong (`token-bad-char`), by index into `parts`. */
  badCharacters?: readonly (SegmentMark & { partIndex: number })[];
}

function isJsonPart(part: PartName): part is JsonPartName {
  return part === 'header' || part === 'payload';
}

function membersOf(members: PartMembers | undefined, part: PartName): readonly MemberSpan[] | undefined {
  return isJsonPart(part) ? members?.[part] : undefined;
}

/** The decoded token redrawn part by part (ui/ColouredToken), with the decoder's labels, test hooks and linked highlight. */
export function ColouredToken({ parts, members, mirror, badCharacters }: Props) {
  const t = useT();
  const highlighted = useHighlightedMember();
  const layout = useMemo(() => mirror && layoutTokenMirror(mirror.text, mirror.pieces, parts), [mirror, parts]);
  const segments = useMemo<ColouredSegment<PartName>[]>(
    () =>
      parts.map((part, index) => {
        const runs = layout?.runs[index];
        const marks = badCharacters?.filter((bad) => bad.partIndex === index);
        return {
          name: part.name,
          segment: part.segment,
          ...(runs ? { runs } : {}),
          ...(marks?.length ? { marks } : {}),
        };
      }),
    [parts, layout, badCharacters],
  );
  const span = highlighted && membersOf(members, highlighted.part)?.[highlighted.index];
  // A member of another token (the text changed under a hover) highlights nothing.
  const highlight = span && span.pointer === highlighted.pointer ? toTokenHighlight<PartName>(highlighted.part, span) : null;
  const onPoint = useCallback(
    (point: { part: PartName; offset: number } | null) => {
      const part = point && isJsonPart(point.part) ? point.part : null;
      const located = part ? members?.[part] : undefined;
      const index = located && point ? findMemberAt(located, point.offset) : -1;
      const member = located?.[index];
      if (part && member) highlightMember({ part, index, pointer: member.pointer, via: 'token' });
      else releaseHighlight('token');
    },
    [members],
  );
  return (
    <ColouredParts
      parts={segments}
      labelOf={(name) => t(`part.${name}`)}
      maxSegmentChars={SEGMENT_DISPLAY_CHARS}
      elidedLabel={(count) => t('token.segmentElided', { count })}
      partTestId="token-part"
      highlight={highlight}
      highlightTestId="token-highlight"
      markTestId="token-bad-char"
      onPoint={members ? onPoint : undefined}
      {...(layout ? { mirror: { outside: layout.outside } } : {})}
    />
  );
}
