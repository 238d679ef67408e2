import { describe, expect, it } from 'vitest';
import { isSdJwtText, MAX_DISCLOSURES, splitSdJwt } from './split-sd-jwt';

describe('splitSdJwt', () => {
  it.each([
    { name: 'a JWT without disclosures or key binding', text: 'a.b.c~', issuerJwt: 'a.b.c', disclosures: [], keyBindingJwt: null, presentation: 'a.b.c~' },
    { name: 'two disclosures', text: 'a.b.c~D1~D2~', issuerJwt: 'a.b.c', disclosures: ['D1', 'D2'], keyBindingJwt: null, presentation: 'a.b.c~D1~D2~' },
    { name: 'a key-binding JWT', text: 'a.b.c~D1~k.b.s', issuerJwt: 'a.b.c', disclosures: ['D1'], keyBindingJwt: 'k.b.s', presentation: 'a.b.c~D1~' },
    { name: 'a key-binding JWT and no disclosure', text: 'a.b.c~k.b.s', issuerJwt: 'a.b.c', disclosures: [], keyBindingJwt: 'k.b.s', presentation: 'a.b.c~' },
    { name: 'an empty piece between two tildes', text: 'a.b.c~~D2~', issuerJwt: 'a.b.c', disclosures: ['', 'D2'], keyBindingJwt: null, presentation: 'a.b.c~~D2~' },
  ])('$name', ({ text, issuerJwt, disclosures, keyBindingJwt, presentation }) => {
    expect(splitSdJwt(text)).toEqual({ issuerJwt, disclosures, omittedDisclosures: 0, keyBindingJwt, presentation });
  });

  it('returns null for a text without a tilde', () => {
    expect(splitSdJwt('a.b.c')).toBeNull();
    expect(isSdJwtText('a.b.c')).toBe(false);
    expect(isSdJwtText('a.b.c~')).toBe(true);
  });

  it(`lists the first ${MAX_DISCLOSURES} disclosures and counts the rest`, () => {
    const pieces = splitSdJwt(`a.b.c${'~D'.repeat(MAX_DISCLOSURES + 5)}~`);
    expect(pieces?.disclosures).toHaveLength(MAX_DISCLOSURES);
    expect(pieces?.omittedDisclosures).toBe(5);
  });
});
