import { useEffect, type FocusEvent, type MouseEvent } from 'react';
import type { JsonMemberProps } from '../../../widgets/JsonBlock';
import { highlightMember, releaseMember, useIsMemberHighlighted, type JsonPartName } from '../page/highlight-store';
import './linked-view.css';

const MEMBER_SELECTOR = '[data-testid="json-member"]';

/** Whether the event's target belongs to this member itself rather than to a member inside it. */
function isInnermost(event: MouseEvent | FocusEvent): boolean {
  return event.target instanceof Element && event.target.closest(MEMBER_SELECTOR) === event.currentTarget;
}

function createJsonMember(part: JsonPartName) {
  /** One JSON member, focusable; hovering or focusing it highlights its characters in the coloured token. */
  function JsonMember({ index, pointer, children }: JsonMemberProps) {
    const active = useIsMemberHighlighted(part, index, pointer);
    // A member removed while highlighted (a new token) never sees the pointer leave.
    useEffect(() => () => releaseMember({ part, index, pointer }), [index, pointer]);
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
        data-active={active ? 'true' : undefined}
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
