import { describe, expect, it } from 'vitest';
import { diffTokenCharacters } from './diff-token-characters';

describe('diffTokenCharacters', () => {
  it.each([
    { name: 'the same token', before: 'aaa.bbb.ccc', after: 'aaa.bbb.ccc', changes: [] },
    { name: 'one character', before: 'aaa.bbb.ccc', after: 'aaa.bXb.ccc', changes: [{ part: 'payload', start: 1, end: 2, removed: 'b' }] },
    { name: 'a longer run', before: 'abcdef.x.y', after: 'abXYZef.x.y', changes: [{ part: 'header', start: 2, end: 5, removed: 'cd' }] },
    { name: 'a shorter run', before: 'h.p.abcdef', after: 'h.p.abf', changes: [{ part: 'signature', start: 2, end: 2, removed: 'cde' }] },
    { name: 'a removed signature', before: 'h.p.sig', after: 'h.p.', changes: [{ part: 'signature', start: 0, end: 0, removed: 'sig' }] },
    {
      name: 'two parts',
      before: 'aaaa.bbbb.cccc',
      after: 'aaXa.bbbb.Yccc',
      changes: [
        { part: 'header', start: 2, end: 3, removed: 'a' },
        { part: 'signature', start: 0, end: 1, removed: 'c' },
      ],
    },
    { name: 'a repeated character (prefix first)', before: 'aa.b.c', after: 'aaa.b.c', changes: [{ part: 'header', start: 2, end: 3, removed: '' }] },
    { name: 'not three segments', before: 'a.b', after: 'a.b.c', changes: [] },
  ])('$name', ({ before, after, changes }) => {
    expect(diffTokenCharacters(before, after)).toEqual(changes);
  });
});
