import { describe, expect, it } from 'vitest';
import { isJsonObject } from './json-value';

describe('isJsonObject', () => {
  it.each([
    [{}, true],
    [{ kty: 'RSA' }, true],
    [[], false],
    [[{}], false],
    [null, false],
    [undefined, false],
    ['{}', false],
    [0, false],
    [true, false],
  ])('%j → %s', (value, expected) => {
    expect(isJsonObject(value)).toBe(expected);
  });
});
