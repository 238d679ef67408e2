import { describe, expect, it } from 'vitest';
import { MAX_SCANNED_CHARS, MAX_WALKED_MEMBERS, scannedPrefix, walkJson, walkJsonBounded } from './walk-json';

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

  it('stops after MAX_WALKED_MEMBERS values without touching the rest', () => {
    const visited = walkJson({ items: Array.from({ length: MAX_WALKED_MEMBERS * 20 }, (_, index) => index) });
    expect(visited).toHaveLength(MAX_WALKED_MEMBERS);
    expect(visited.at(-1)?.pointer).toBe(`/items/${MAX_WALKED_MEMBERS - 2}`);
  });

  it('has nothing to visit in a scalar', () => {
    expect(walkJson('text')).toEqual([]);
  });

  const members = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`p${index}`, index]));
  it.each([
    { name: 'a small object, whole', root: { a: 1, b: [2, 3] }, walked: 4, notChecked: 0 },
    { name: 'exactly the budget, whole', root: members(MAX_WALKED_MEMBERS), walked: MAX_WALKED_MEMBERS, notChecked: 0 },
    { name: '60,000 members, cut at the budget', root: members(60_000), walked: MAX_WALKED_MEMBERS, notChecked: 60_000 - MAX_WALKED_MEMBERS },
    { name: 'a cut inside a nested array, each level counted', root: { a: Array.from({ length: MAX_WALKED_MEMBERS }, () => 0), b: { c: 1 } }, walked: MAX_WALKED_MEMBERS, notChecked: 2 },
  ])('walks $name', ({ root, walked, notChecked }) => {
    const walk = walkJsonBounded(root);
    expect([walk.values.length, walk.notChecked]).toEqual([walked, notChecked]);
  });

  it('walks one object once, however many rules ask', () => {
    const root = members(10);
    expect(walkJsonBounded(root)).toBe(walkJsonBounded(root));
  });

  it.each([
    { name: 'a short string, whole', text: 'abc', length: 3 },
    { name: 'a string at the limit, whole', text: 'x'.repeat(MAX_SCANNED_CHARS), length: MAX_SCANNED_CHARS },
    { name: 'a longer string, its prefix', text: 'x'.repeat(MAX_SCANNED_CHARS * 3), length: MAX_SCANNED_CHARS },
  ])('scans $name', ({ text, length }) => {
    expect(scannedPrefix(text)).toHaveLength(length);
  });
});
