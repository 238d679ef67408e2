import { create } from 'zustand';

/** The parts whose JSON members can be highlighted. */
export type JsonPartName = 'header' | 'payload';

/** One member of a part's JSON, by its place in the report's member list (pointers can repeat). */
export interface HighlightedMember {
  part: JsonPartName;
  index: number;
  pointer: string;
  /** What asked for it: the JSON member (hover or focus) or the token's characters (hover). */
  via: 'json' | 'token';
}

interface HighlightState {
  member: HighlightedMember | null;
}

// Hover state of the decoder alone: leaves subscribe to it, so a hover redraws the coloured token
// and the members whose state changed, never the panes around them.
const useHighlightStore = create<HighlightState>()(() => ({ member: null }));

function isSame(a: HighlightedMember | null, b: Omit<HighlightedMember, 'via'>): boolean {
  return a !== null && a.part === b.part && a.index === b.index && a.pointer === b.pointer;
}

/** Highlights one member (in the JSON and in the token). */
export function highlightMember(member: HighlightedMember): void {
  const current = useHighlightStore.getState().member;
  if (isSame(current, member) && current?.via === member.via) return;
  useHighlightStore.setState({ member });
}

/** Removes the highlight if it is still this member's; a member released after another took over changes nothing. */
export function releaseMember(member: Omit<HighlightedMember, 'via'>): void {
  if (isSame(useHighlightStore.getState().member, member)) useHighlightStore.setState({ member: null });
}

/** Removes the highlight if it was asked for by `via`. */
export function releaseHighlight(via: HighlightedMember['via']): void {
  if (useHighlightStore.getState().member?.via === via) useHighlightStore.setState({ member: null });
}

/** The highlighted member, or null. */
export function useHighlightedMember(): HighlightedMember | null {
  return useHighlightStore((state) => state.member);
}

/** Whether this member is the highlighted one; a component re-renders only when that changes. */
export function useIsMemberHighlighted(part: JsonPartName, index: number, pointer: string): boolean {
  return useHighlightStore((state) => isSame(state.member, { part, index, pointer }));
}
