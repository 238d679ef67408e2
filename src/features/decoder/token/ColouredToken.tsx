import { useCallback, useMemo } from 'react';
import type { MemberSpan } from '../../../core/inspect-token';
import type { PartName, TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { ColouredToken as ColouredParts, type ColouredSegment } from '../../../ui/ColouredToken';
import { highlightMember, releaseHighlight, useHighlightedMember, type JsonPartName } from '../page/highlight-store';
import { findMemberAt, memberStops, toTokenHighlight } from './member-highlight';
import './linked-view.css';

/** Characters of each segment drawn before eliding the rest (the full text is in the input). */
const SEGMENT_DISPLAY_CHARS = 1_200;

/** The located members of the parts that decoded to JSON. */
export type PartMembers = Partial<Record<JsonPartName, readonly MemberSpan[]>>;

interface Props {
  parts: readonly TokenPart[];
  /** Linked view: the highlighted member lights up its characters, and pointing at a character highlights its member. */
  members?: PartMembers;
}

function isJsonPart(part: PartName): part is JsonPartName {
  return part === 'header' || part === 'payload';
}

function membersOf(members: PartMembers | undefined, part: PartName): readonly MemberSpan[] | undefined {
  return isJsonPart(part) ? members?.[part] : undefined;
}

/** The decoded token redrawn part by part (ui/ColouredToken), with the decoder's labels, test hooks and linked highlight. */
export function ColouredToken({ parts, members }: Props) {
  const t = useT();
  const highlighted = useHighlightedMember();
  const segments = useMemo<ColouredSegment<PartName>[]>(
    () =>
      parts.map((part) => {
        const located = membersOf(members, part.name);
        return located ? { name: part.name, segment: part.segment, stops: memberStops(located, SEGMENT_DISPLAY_CHARS) } : part;
      }),
    [parts, members],
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
      onPoint={members ? onPoint : undefined}
    />
  );
}
