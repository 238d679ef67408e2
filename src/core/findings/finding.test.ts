import { describe, expect, it } from 'vitest';
import { findMember } from './finding';

describe('findMember', () => {
  const header = { alg: 'HS256', 'a/b': null, kid: { nested: true } };
  it.each([
    ['alg', { value: 'HS256', evidence: [{ part: 'header', pointer: '/alg', value: 'HS256' }] }],
    ['a/b', { value: null, evidence: [{ part: 'header', pointer: '/a~1b', value: 'null' }] }],
    ['kid', { value: { nested: true }, evidence: [{ part: 'header', pointer: '/kid', value: '{"nested":true}' }] }],
    ['typ', null],
    ['toString', null],
  ])('%s → %j', (name, expected) => {
    expect(findMember('header', header, name)).toEqual(expected);
  });

  it('finds nothing in a part that is not an object', () => {
    expect(findMember('payload', null, 'iss')).toBeNull();
  });
});
