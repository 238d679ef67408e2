import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENCODINGS, createCandidateSet, decodedFormsOf, describeCandidate, KEY_SLACK, type AuditEncoding } from './candidates';

const formsOf = (text: string): AuditEncoding[] => AUDIT_ENCODINGS.filter((_, code) => decodedFormsOf(text) & (1 << code));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function candidatesOf(entries: string[]) {
  const set = createCandidateSet('user-wordlist', entries);
  return Array.from({ length: set.count }, (_, i) => describeCandidate(set, i)).map((c) => ({ text: c.text, encoding: c.encoding, hex: hex(c.key) }));
}

describe('decodedFormsOf: which decodings an entry has', () => {
  it.each([
    ['secret', ['base64']],
    ['shhhhh', ['base64']],
    ['your-256-bit-secret', ['base64url']],
    ['c2VjcmV0', ['base64']],
    ['c2VjcmV0cw==', ['base64']],
    ['a+b/', ['base64']],
    ['a-b_', ['base64url']],
    ['a+b_', []],
    ['123456', ['base64', 'hex']],
    ['DEADbeef', ['base64', 'hex']],
    ['0x1234', ['base64']],
    ['12345', []], // 5 characters: 1 mod 4, and odd for hex
    ['abc', []], // too short to be an encoded key
    ['', []],
    ['pass word', []],
    ['pässword', []],
    ['abcd=', []], // padding that does not complete a quantum
    ['abcdef==', ['base64']],
    ['abcdefg==', []], // too much padding for 7 characters
  ])('%j → %j', (text, forms) => {
    expect(formsOf(text)).toEqual(forms);
  });
});

describe('createCandidateSet', () => {
  it('gives every UTF-8 form first, then the decoded forms, each once', () => {
    expect(candidatesOf(['secret', 'a-b_', '123456', 'secret', 'pass word'])).toEqual([
      { text: 'secret', encoding: 'utf8', hex: '736563726574' },
      { text: 'a-b_', encoding: 'utf8', hex: '612d625f' },
      { text: '123456', encoding: 'utf8', hex: '313233343536' },
      { text: 'pass word', encoding: 'utf8', hex: '7061737320776f7264' },
      { text: 'secret', encoding: 'base64', hex: hex(Buffer.from('secret', 'base64')) },
      { text: 'a-b_', encoding: 'base64url', hex: hex(Buffer.from('a-b_', 'base64url')) },
      { text: '123456', encoding: 'base64', hex: hex(Buffer.from('123456', 'base64')) },
      { text: '123456', encoding: 'hex', hex: '123456' },
    ]);
  });

  it('decodes base64, base64url and hex as Node does', () => {
    for (let n = 3; n < 40; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 151 + n * 7) % 256));
      for (const [text, encoding] of [
        [bytes.toString('base64'), 'base64'],
        [bytes.toString('base64url'), /[-_]/.test(bytes.toString('base64url')) ? 'base64url' : 'base64'],
        [bytes.toString('hex'), 'hex'],
      ] as const) {
        const found = candidatesOf([text]).filter((c) => c.encoding === encoding);
        expect(found.map((c) => c.hex), `${encoding} ${text}`).toEqual([bytes.toString('hex')]);
      }
    }
  });

  it('writes UTF-8 as TextEncoder does (surrogate pairs, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (entries) => {
        const set = createCandidateSet('user-wordlist', entries);
        for (let i = 0; i < set.count; i++) {
          const candidate = describeCandidate(set, i);
          if (candidate.encoding === 'utf8' && hex(candidate.key) !== hex(new TextEncoder().encode(candidate.text))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out excluded entries and keeps zero bytes after the last key', () => {
    const set = createCandidateSet('common-passwords', ['secret', 'other'], { exclude: new Set(['secret']) });
    expect(set.texts).toEqual(['other']);
    expect(set.bytes.length - set.offsets[set.count]!).toBeGreaterThanOrEqual(KEY_SLACK);
    expect(set.bytes.subarray(set.offsets[set.count]).every((b) => b === 0)).toBe(true);
  });

  it('records the longest key', () => {
    expect(createCandidateSet('user-wordlist', ['a', 'x'.repeat(300), 'bb']).maxKeyBytes).toBe(300);
  });

  it('the empty entry is the empty key, only as text', () => {
    expect(candidatesOf([''])).toEqual([{ text: '', encoding: 'utf8', hex: '' }]);
  });
});
