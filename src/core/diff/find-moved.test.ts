import { describe, expect, it } from 'vitest';
import { findMovedPositions } from './find-moved';

describe('findMovedPositions', () => {
  it.each([
    { name: 'nothing', positions: [], moved: [] },
    { name: 'the same order', positions: [0, 1, 2, 3], moved: [false, false, false, false] },
    { name: 'the last member taken to the front', positions: [1, 2, 3, 0], moved: [false, false, false, true] },
    { name: 'the first member taken to the end', positions: [3, 0, 1, 2], moved: [true, false, false, false] },
    { name: 'two swapped: the later one stays', positions: [1, 0], moved: [true, false] },
    { name: 'gaps left by removed members do not count', positions: [0, 4, 7], moved: [false, false, false] },
    { name: 'reversed: all but one moved', positions: [2, 1, 0], moved: [true, true, false] },
  ])('$name', ({ positions, moved }) => {
    expect(findMovedPositions(positions)).toEqual(moved);
  });
});
