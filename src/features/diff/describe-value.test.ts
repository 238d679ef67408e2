import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../core/json/json-value';
import { describeValue, MAX_VALUE_CHARS } from './describe-value';

describe('describeValue', () => {
  it.each<{ name: string; value: JsonValue | undefined; text: string | null }>([
    { name: 'no member', value: undefined, text: null },
    { name: 'a string, quoted', value: 'alice', text: '"alice"' },
    { name: 'null', value: null, text: 'null' },
    { name: 'an object on one line', value: { a: [1, 2] }, text: '{"a":[1,2]}' },
    { name: 'a long value, cut', value: 'x'.repeat(500), text: `"${'x'.repeat(MAX_VALUE_CHARS - 1)}…` },
  ])('$name', ({ value, text }) => {
    expect(describeValue(value)).toBe(text);
  });
});
