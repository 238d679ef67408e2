import { describe, expect, it } from 'vitest';
import { readJsonTokens } from './read-json-tokens';

const at = (kind: string, start: number, end: number, text: string) => ({ kind, bytes: { start, end }, text });

describe('readJsonTokens', () => {
  it.each([
    {
      name: 'a compact object',
      text: '{"exp":1}',
      limit: undefined,
      expected: [at('begin-object', 0, 1, '{'), at('member-name', 1, 6, '"exp"'), at('name-separator', 6, 7, ':'), at('number', 7, 8, '1'), at('end-object', 8, 9, '}')],
    },
    {
      name: 'multi-byte strings move the bytes past the characters',
      text: '{"n":"김하늘","a":[true,null]}',
      limit: undefined,
      expected: [
        at('begin-object', 0, 1, '{'),
        at('member-name', 1, 4, '"n"'),
        at('name-separator', 4, 5, ':'),
        at('string', 5, 16, '"김하늘"'),
        at('value-separator', 16, 17, ','),
        at('member-name', 17, 20, '"a"'),
        at('name-separator', 20, 21, ':'),
        at('begin-array', 21, 22, '['),
        at('literal', 22, 26, 'true'),
        at('value-separator', 26, 27, ','),
        at('literal', 27, 31, 'null'),
        at('end-array', 31, 32, ']'),
        at('end-object', 32, 33, '}'),
      ],
    },
    {
      name: 'whitespace counts in bytes but is no token',
      text: '{ "a" : 1 }',
      limit: undefined,
      expected: [at('begin-object', 0, 1, '{'), at('member-name', 2, 5, '"a"'), at('name-separator', 6, 7, ':'), at('number', 8, 9, '1'), at('end-object', 10, 11, '}')],
    },
    {
      name: 'an emoji is 4 bytes (2 UTF-16 units)',
      text: '["😀",1]',
      limit: undefined,
      expected: [at('begin-array', 0, 1, '['), at('string', 1, 7, '"😀"'), at('value-separator', 7, 8, ','), at('number', 8, 9, '1'), at('end-array', 9, 10, ']')],
    },
    {
      name: 'tokens starting at or after the bound are not read',
      text: '{"exp":1}',
      limit: 7,
      expected: [at('begin-object', 0, 1, '{'), at('member-name', 1, 6, '"exp"'), at('name-separator', 6, 7, ':')],
    },
    {
      name: 'a token crossing the bound is read whole',
      text: '{"exp":1}',
      limit: 2,
      expected: [at('begin-object', 0, 1, '{'), at('member-name', 1, 6, '"exp"')],
    },
  ])('$name', ({ text, limit, expected }) => {
    expect(readJsonTokens(text, limit)).toEqual({ tokens: expected, stoppedAtError: false });
  });

  it.each([
    { text: '{"a":}', tokens: 3 },
    { text: 'not json', tokens: 0 },
    { text: '{"a":1', tokens: 4 },
    { text: '', tokens: 0 },
  ])('stops at the first syntax error: $text', ({ text, tokens }) => {
    const reading = readJsonTokens(text);
    expect(reading.stoppedAtError).toBe(true);
    expect(reading.tokens).toHaveLength(tokens);
  });

  it('reads only the bound of a megabyte-long text', () => {
    const text = `[${'1,'.repeat(500_000)}1]`;
    const started = performance.now();
    const reading = readJsonTokens(text, 512);
    expect(reading.tokens.at(-1)?.bytes.start).toBe(511);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
