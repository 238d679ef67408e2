import { describe, expect, it } from 'vitest';
import { isNoneVariant } from './none-variant';

describe('isNoneVariant', () => {
  it.each([
    ['none', true],
    ['None', true],
    ['NONE', true],
    [' nOnE\t', true],
    ['non', false],
    ['none1', false],
    ['', false],
    [null, false],
    [0, false],
  ])('%j → %s', (alg, expected) => {
    expect(isNoneVariant(alg)).toBe(expected);
  });
});
