import { describe, expect, it } from 'vitest';
import { pickInitialLocale } from './locales';

describe('pickInitialLocale', () => {
  it.each([
    { stored: 'ko', browser: ['en-US'], expected: 'ko', why: 'a stored choice wins' },
    { stored: null, browser: ['ko-KR', 'en'], expected: 'ko', why: 'the first browser language we speak' },
    { stored: null, browser: ['fr-FR', 'ko'], expected: 'ko', why: 'later browser languages count too' },
    { stored: null, browser: ['fr-FR'], expected: 'en', why: 'English when we speak none of them' },
    { stored: 'xx', browser: [], expected: 'en', why: 'a stored value we do not know is ignored' },
  ])('$why', ({ stored, browser, expected }) => {
    expect(pickInitialLocale(stored, browser)).toBe(expected);
  });
});
