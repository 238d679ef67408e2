import { vi } from 'vitest';

/** How the stand-in lays characters out: `width` px each, `perLine` to a line, lines `lineHeight` apart with glyphs `inset` px short of the line at top and bottom. */
export interface StandInTextLayout {
  width: number;
  perLine: number;
  lineHeight: number;
  inset: number;
}

/**
 * Gives `Range#getBoundingClientRect` boxes for the characters inside `root`, which the test DOM does
 * not lay out: the root's text in reading order (every text node under it, in document order), on
 * lines of `perLine` characters from the top left. Returns the spy; restore it when done.
 */
export function layOutTextInside(root: Element, layout: StandInTextLayout) {
  return vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    let index = this.startOffset;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text && text !== this.startContainer; text = walker.nextNode()) index += (text as Text).length;
    const line = Math.floor(index / layout.perLine);
    return new DOMRect((index % layout.perLine) * layout.width, line * layout.lineHeight + layout.inset, layout.width, layout.lineHeight - 2 * layout.inset);
  });
}
