/** One run of a part's characters as drawn: a text node and the segment offset of its first character. */
interface DrawnText {
  node: Text;
  start: number;
}

/**
 * The part's text nodes in order, each with its segment offset: text inside a piece starts at the
 * piece's `data-offset` (after the text before it in that piece), text directly in the part at 0.
 * An elided-characters label is not the part's text.
 */
function drawnTexts(part: Element): DrawnText[] {
  const texts: DrawnText[] = [];
  const consumed = new Map<Element, number>();
  const walker = part.ownerDocument.createTreeWalker(part, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.part-elided')) continue;
    const piece = parent.closest<HTMLElement>('[data-offset]');
    const owner = piece && part.contains(piece) ? piece : part;
    const before = consumed.get(owner) ?? 0;
    texts.push({ node, start: Number(owner === piece ? piece.dataset.offset : 0) + before });
    consumed.set(owner, before + node.length);
  }
  return texts;
}

/**
 * Where the point lies against a character's box in reading order (lines top to bottom, each left
 * to right): -1 before it, 1 after it, 0 on it. `slack` widens the box to the whole line's height,
 * so a point between two lines' glyphs still falls on one of them.
 */
function compareToBox(box: DOMRect, x: number, y: number, slack: number): -1 | 0 | 1 {
  if (y < box.top - slack) return -1;
  if (y >= box.bottom + slack) return 1;
  if (x < box.left) return -1;
  if (x >= box.right) return 1;
  return 0;
}

/**
 * The segment offset of the character of `part` drawn under the point (viewport coordinates), or
 * null where there is none. Measures a few characters' boxes (a binary search in reading order), so
 * a part is one text node instead of an element per pointable piece. Needs the layout of a left-to-
 * right text that wraps anywhere, as a token's characters do; null where the browser measures nothing.
 */
export function characterAtPoint(part: Element, x: number, y: number): number | null {
  const texts = drawnTexts(part);
  const range = part.ownerDocument.createRange();
  if (texts.length === 0 || typeof range.getBoundingClientRect !== 'function') return null;
  const lineHeight = Number.parseFloat(getComputedStyle(part).lineHeight);
  const ends: number[] = [];
  let total = 0;
  for (const { node } of texts) ends.push((total += node.length));
  const boxOf = (index: number) => {
    let at = 0;
    while (ends[at]! <= index) at++;
    const local = index - (ends[at]! - texts[at]!.node.length);
    range.setStart(texts[at]!.node, local);
    range.setEnd(texts[at]!.node, local + 1);
    return { box: range.getBoundingClientRect(), offset: texts[at]!.start + local };
  };
  let low = 0;
  let high = total - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { box, offset } = boxOf(middle);
    const slack = Number.isFinite(lineHeight) ? Math.max(0, (lineHeight - box.height) / 2) : 0;
    const side = compareToBox(box, x, y, slack);
    if (side === 0) return offset;
    if (side < 0) high = middle - 1;
    else low = middle + 1;
  }
  return null;
}
