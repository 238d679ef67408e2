import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../core/claims/glossary';
import { readTimeClaimPointers, TIME_CLAIM_NAMES } from './time-claims';

describe('TIME_CLAIM_NAMES', () => {
  it('are the payload claims the glossary reads as NumericDates', () => {
    const names = GLOSSARY.filter((entry) => entry.where === 'payload' && entry.kind === 'numeric-date').map((entry) => entry.name);
    expect([...TIME_CLAIM_NAMES].sort()).toEqual(names.sort());
  });
});

describe('readTimeClaimPointers', () => {
  it.each([
    ['no payload', null, []],
    ['numbers only, top level only', { exp: 1_700_000_000, iat: '1700000000', auth_time: 5, nested: { exp: 1 }, sub: 2 }, [['/exp', 1_700_000_000], ['/auth_time', 5]]],
    ['a date no JS Date can hold is left out', { exp: 1e300 }, []],
  ])('%s', (_name, payload, expected) => {
    expect([...readTimeClaimPointers(payload)]).toEqual(expected);
  });
});
