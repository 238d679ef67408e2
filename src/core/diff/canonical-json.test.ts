import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../json/json-value';
import { createCanonicalJson } from './canonical-json';

describe('createCanonicalJson', () => {
  it.each<{ name: string; a: JsonValue; b: JsonValue; same: boolean }>([
    { name: 'members in another order', a: { a: 1, b: [1, { c: 2, d: 3 }] }, b: { b: [1, { d: 3, c: 2 }], a: 1 }, same: true },
    { name: 'array elements in another order', a: [1, 2], b: [2, 1], same: false },
    { name: 'a string and a number', a: '1', b: 1, same: false },
    { name: 'null and a missing member', a: { a: null }, b: {}, same: false },
    { name: 'names that look like prototype members', a: JSON.parse('{"__proto__":1,"constructor":2}') as JsonValue, b: JSON.parse('{"constructor":2,"__proto__":1}') as JsonValue, same: true },
    { name: 'a name with a quote', a: { 'a"': 1 }, b: { a: 1 }, same: false },
  ])('$name', ({ a, b, same }) => {
    const canonical = createCanonicalJson();
    expect(canonical(a) === canonical(b)).toBe(same);
  });
});
