import { describe, expect, it } from 'vitest';
import { readTimeClaimPointers } from './time-claims';

describe('readTimeClaimPointers', () => {
  it.each([
    ['no payload', null, []],
    ['numbers only, top level only', { exp: 1_700_000_000, iat: '1700000000', auth_time: 5, nested: { exp: 1 }, sub: 2 }, [['/exp', 1_700_000_000], ['/auth_time', 5]]],
    ['a date no JS Date can hold is left out', { exp: 1e300 }, []],
  ])('%s', (_name, payload, expected) => {
    expect([...readTimeClaimPointers(payload)]).toEqual(expected);
  });
});
