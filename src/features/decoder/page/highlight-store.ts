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

// Hover state of the decoder alone: the coloured token subscribes to it, and each JSON pane marks its
// highlighted member itself, so a hover redraws the token and never the panes around it.
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

/** The highlighted member now, or null (for code outside React's render). */
export function readHighlightedMember(): HighlightedMember | null {
  return useHighlightStore.getState().member;
}

/** Calls `listener` with the highlighted member each time it changes; returns the function that stops it. */
export function subscribeHighlightedMember(listener: (member: HighlightedMember | null) => void): () => void {
  return useHighlightStore.subscribe((state, previous) => {
    if (state.member !== previous.member) listener(state.member);
  });
}
