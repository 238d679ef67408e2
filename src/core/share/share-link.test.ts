import { describe, expect, it } from 'vitest';
import { formatShareFragment, isShareFragment, MAX_SHARE_FRAGMENT_CHARS, parseShareFragment, type ShareLink } from './share-link';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_-';
const sealed = { iterations: 600_000, salt: new Uint8Array(16).fill(1), iv: new Uint8Array(12).fill(2), ciphertext: new Uint8Array(40).fill(3), compressed: true };

describe('formatShareFragment / parseShareFragment', () => {
  it.each<[string, ShareLink]>([
    ['view', { mode: 'view' }],
    ['unsigned', { mode: 'unsigned', token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.' }],
    ['exact', { mode: 'exact', token: TOKEN }],
    ['encrypted', { mode: 'encrypted', sealed }],
  ])('round-trips a %s link', (_name, link) => {
    const formatted = formatShareFragment(link);
    expect(formatted.ok).toBe(true);
    if (!formatted.ok) return;
    expect(formatted.fragment.startsWith('share=1&m=')).toBe(true);
    expect(isShareFragment(`#${formatted.fragment}`)).toBe(true);
    expect(parseShareFragment(`#${formatted.fragment}`)).toEqual({ ok: true, link });
  });

  it.each(['a b.c.d', 'a.b.c<script>', ''])('refuses to write a token with other characters: %j', (token) => {
    expect(formatShareFragment({ mode: 'exact', token })).toEqual({ ok: false, error: { code: 'malformed', field: 't' } });
  });

  it('refuses to write a fragment beyond the cap', () => {
    const result = formatShareFragment({ mode: 'exact', token: `${TOKEN}${'a'.repeat(MAX_SHARE_FRAGMENT_CHARS)}` });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', limit: MAX_SHARE_FRAGMENT_CHARS } });
  });

  it.each([
    ['a route', '#/encode', 'not-a-share-link'],
    ['an OAuth fragment', '#id_token=a.b.c', 'not-a-share-link'],
    ['another version', '#share=2&m=view', 'unsupported-version'],
    ['an unknown mode', '#share=1&m=secret', 'unknown-mode'],
    ['a token with other characters', '#share=1&m=exact&t=a.b.c%3Cscript%3E', 'malformed'],
    ['a missing token', '#share=1&m=unsigned', 'malformed'],
    ['bad percent-encoding', '#share=1&m=exact&t=%E0%A4%A', 'malformed'],
    ['too few iterations', '#share=1&m=encrypted&i=1000&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgICAgICAgICAgIC&z=1&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD', 'weak-iterations'],
    ['too many iterations', '#share=1&m=encrypted&i=999999999&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgICAgICAgICAgIC&z=1&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD', 'weak-iterations'],
    ['a short salt', '#share=1&m=encrypted&i=600000&s=AQEB&iv=AgICAgICAgICAgIC&z=1&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD', 'malformed'],
    ['a short IV', '#share=1&m=encrypted&i=600000&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgIC&z=1&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD', 'malformed'],
    ['a ciphertext shorter than a tag', '#share=1&m=encrypted&i=600000&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgICAgICAgICAgIC&z=1&c=AwMD', 'malformed'],
    ['no compression flag', '#share=1&m=encrypted&i=600000&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgICAgICAgICAgIC&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD', 'malformed'],
    ['a fragment beyond the cap', `#share=1&m=exact&t=${'a'.repeat(MAX_SHARE_FRAGMENT_CHARS)}`, 'too-large'],
  ])('refuses %s', (_name, hash, code) => {
    expect(parseShareFragment(hash)).toMatchObject({ ok: false, error: { code } });
  });

  it.each([
    ['#share=1&m=view', true],
    ['share=1&m=view', true],
    ['#/', false],
    ['#access_token=x', false],
    ['', false],
  ])('isShareFragment(%j) is %s', (hash, expected) => {
    expect(isShareFragment(hash)).toBe(expected);
  });
});
