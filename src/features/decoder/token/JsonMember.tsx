import { useEffect, type FocusEvent, type MouseEvent, type RefObject } from 'react';
import type { JsonMemberProps } from '../../../widgets/JsonBlock';
import {
  highlightMember,
  readHighlightedMember,
  releaseMember,
  subscribeHighlightedMember,
  type HighlightedMember,
  type JsonPartName,
} from '../page/highlight-store';
import './linked-view.css';

const MEMBER_SELECTOR = '[data-testid="json-member"]';

/** Whether the event's target belongs to this member itself rather than to a member inside it. */
function isInnermost(event: MouseEvent | FocusEvent): boolean {
  return event.target instanceof Element && event.target.closest(MEMBER_SELECTOR) === event.currentTarget;
}

function createJsonMember(part: JsonPartName) {
  /**
   * One JSON member, focusable; hovering or focusing it highlights its characters in the coloured
   * token. It has no hooks: a pane can hold thousands, and the pane marks the highlighted one
   * (`useMemberHighlightMarks`), so a paste neither subscribes nor unsubscribes each of them.
   */
  function JsonMember({ index, pointer, children }: JsonMemberProps) {
    const highlight = (event: MouseEvent | FocusEvent) => {
      if (isInnermost(event)) highlightMember({ part, index, pointer, via: 'json' });
    };
    const release = (event: MouseEvent | FocusEvent) => {
      if (event.target === event.currentTarget || event.type === 'mouseleave') releaseMember({ part, index, pointer });
    };
    return (
      <span
        className="json-member"
        data-testid="json-member"
        data-pointer={pointer}
        data-index={index}
        tabIndex={0}
        onMouseOver={highlight}
        onMouseLeave={release}
        onFocus={highlight}
        onBlur={release}
      >
        {children}
      </span>
    );
  }
  return JsonMember;
}

/** The member elements of the header and payload panes. */
export const JSON_MEMBER: Record<JsonPartName, ReturnType<typeof createJsonMember>> = {
  header: createJsonMember('header'),
  payload: createJsonMember('payload'),
};

function findMember(pane: HTMLElement, member: HighlightedMember): HTMLElement | null {
  const found = pane.querySelector<HTMLElement>(`${MEMBER_SELECTOR}[data-index="${member.index}"]`);
  return found?.dataset.pointer === member.pointer ? found : null;
}

/**
 * Keeps `data-active="true"` on the element of `part`'s highlighted member inside `pane`, and on no
 * other, for the members drawn from `members` and `text`; a highlight asked for by a member that a
 * redraw removed (a new token) is released, since that member never sees the pointer leave. Does
 * nothing for a null part or while `members` is undefined.
 */
export function useMemberHighlightMarks(part: JsonPartName | null, pane: RefObject<HTMLElement | null>, members: unknown, text: string | null): void {
  useEffect(() => {
    const root = pane.current;
    if (!root || part === null || members === undefined) return;
    // Elements React kept from the previous drawing may still carry its mark.
    for (const stale of root.querySelectorAll(`${MEMBER_SELECTOR}[data-active]`)) stale.removeAttribute('data-active');
    const current = readHighlightedMember();
    if (current?.part === part && current.via === 'json' && !findMember(root, current)) releaseMember(current);
    let marked: HTMLElement | null = null;
    const mark = (member: HighlightedMember | null) => {
      const next = member?.part === part ? findMember(root, member) : null;
      if (next === marked) return;
      marked?.removeAttribute('data-active');
      next?.setAttribute('data-active', 'true');
      marked = next;
    };
    mark(readHighlightedMember());
    return subscribeHighlightedMember(mark);
  }, [part, pane, members, text]);
  // The pane going away takes all its members with it.
  useEffect(
    () => () => {
      const current = readHighlightedMember();
      if (part !== null && current?.part === part) releaseMember(current);
    },
    [part],
  );
}
