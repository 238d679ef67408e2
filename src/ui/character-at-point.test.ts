import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOutTextInside } from './test-support/stand-in-text-layout';
import { characterAtPoint } from './character-at-point';

// The test DOM lays nothing out: a stand-in draws the part's characters in reading order, 10 px
// wide, 8 to a line, lines 20 px apart with glyphs 14 px high (3 px above and below).
const WIDTH = 10;
const PER_LINE = 8;
const LINE = 20;

let part: HTMLElement;

/** The point in the middle of the `index`-th drawn character. */
function middleOf(index: number) {
  return { x: (index % PER_LINE) * WIDTH + WIDTH / 2, y: Math.floor(index / PER_LINE) * LINE + LINE / 2 };
}

beforeEach(() => {
  part = document.createElement('span');
  part.style.lineHeight = `${LINE}px`;
  document.body.append(part);
  layOutTextInside(part, { width: WIDTH, perLine: PER_LINE, lineHeight: LINE, inset: 3 });
});

afterEach(() => {
  part.remove();
  vi.restoreAllMocks();
});

describe('characterAtPoint', () => {
  it('finds every character of a part drawn as one text node, across its lines', () => {
    part.textContent = 'eyJzdWIiOiIxMjM0NTY3ODkwIn0';
    for (let index = 0; index < part.textContent.length; index++) {
      const { x, y } = middleOf(index);
      expect(characterAtPoint(part, x, y)).toBe(index);
    }
  });

  it('takes a point between two lines’ glyphs as on the line it is nearer', () => {
    part.textContent = 'abcdefghijklmnop';
    expect(characterAtPoint(part, 25, LINE - 2)).toBe(2);
    expect(characterAtPoint(part, 25, LINE + 1)).toBe(PER_LINE + 2);
  });

  it('gives the segment offsets of pieces that start after a part of the segment left out', () => {
    // A large token's mirror: the first characters, a marker drawn from an attribute, the last ones.
    part.innerHTML = '<span data-offset="0">abcd</span><span class="token-gap" data-gap="…"></span><span data-offset="9000">wxyz</span>';
    expect(characterAtPoint(part, middleOf(1).x, middleOf(1).y)).toBe(1);
    expect(characterAtPoint(part, middleOf(5).x, middleOf(5).y)).toBe(9001);
  });

  it('counts the text before a marked character inside the same piece, and skips the elided-characters label', () => {
    part.innerHTML = '<span data-offset="10">ab<mark>c</mark>d</span><span class="part-elided">12 more</span>';
    expect(characterAtPoint(part, middleOf(2).x, middleOf(2).y)).toBe(12);
    expect(characterAtPoint(part, middleOf(3).x, middleOf(3).y)).toBe(13);
    expect(characterAtPoint(part, middleOf(4).x, middleOf(4).y)).toBeNull();
  });

  it('is null past the last character and over no text', () => {
    part.textContent = 'abc';
    expect(characterAtPoint(part, 35, 10)).toBeNull();
    expect(characterAtPoint(part, 5, 100)).toBeNull();
    part.textContent = '';
    expect(characterAtPoint(part, 5, 10)).toBeNull();
  });
});
