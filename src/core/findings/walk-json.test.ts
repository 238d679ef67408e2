import { describe, expect, it } from 'vitest';
import { MAX_VISITS, walkJson } from './walk-json';

describe('walkJson', () => {
  it('visits every value depth first, in document order, with pointers and names', () => {
    expect(walkJson({ a: [1, { 'b/c': true }], d: null }).map(({ pointer, name }) => [pointer, name])).toEqual([
      ['/a', 'a'],
      ['/a/0', null],
      ['/a/1', null],
      ['/a/1/b~1c', 'b/c'],
      ['/d', 'd'],
    ]);
  });

  it('stops after MAX_VISITS values without touching the rest', () => {
    const visited = walkJson({ items: Array.from({ length: MAX_VISITS * 20 }, (_, index) => index) });
    expect(visited).toHaveLength(MAX_VISITS);
    expect(visited.at(-1)?.pointer).toBe(`/items/${MAX_VISITS - 2}`);
  });

  it('has nothing to visit in a scalar', () => {
    expect(walkJson('text')).toEqual([]);
  });
});
