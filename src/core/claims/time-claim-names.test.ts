import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { isTimeClaim, TIME_CLAIM_NAMES } from './time-claim-names';

describe('TIME_CLAIM_NAMES', () => {
  it('are the payload claims the glossary reads as NumericDates', () => {
    const names = GLOSSARY.filter((entry) => entry.where === 'payload' && entry.kind === 'numeric-date').map((entry) => entry.name);
    expect([...TIME_CLAIM_NAMES].sort()).toEqual(names.sort());
  });
});

describe('isTimeClaim', () => {
  it.each([
    ['exp', true],
    ['updated_at', true],
    ['sub', false],
    ['__proto__', false],
  ] as const)('%s is a time claim: %s', (name, expected) => {
    expect(isTimeClaim(name)).toBe(expected);
  });
});
