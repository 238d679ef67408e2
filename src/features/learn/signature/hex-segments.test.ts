import { describe, expect, it } from 'vitest';
import type { StepField } from '../../../core/learn/signature-walk';
import { layoutHex, MAX_SHOWN_BYTES } from './hex-segments';

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => i % 256);

describe('layoutHex', () => {
  it.each<{ name: string; length: number; fields: StepField[]; expected: [string, string | null][] }>([
    { name: 'no fields: one run in groups of four bytes', length: 6, fields: [], expected: [['00010203 0405', null]] },
    { name: 'empty value', length: 0, fields: [], expected: [] },
    {
      name: 'fields cut the run; the group spaces stay at the same offsets',
      length: 10,
      fields: [
        { label: 'padding', start: 0, end: 5 },
        { label: 'separator', start: 5, end: 6 },
        { label: 'hash', start: 6, end: 10 },
      ],
      expected: [
        ['00010203 04', 'padding'],
        ['05', 'separator'],
        ['0607 0809', 'hash'],
      ],
    },
    {
      name: 'bytes outside every field form unlabelled runs',
      length: 6,
      fields: [{ label: 'trailer', start: 5, end: 6 }],
      expected: [
        ['00010203 04', null],
        ['05', 'trailer'],
      ],
    },
  ])('$name', ({ length, fields, expected }) => {
    const layout = layoutHex(bytes(length), fields);
    expect(layout.head.map((segment) => [segment.text, segment.label])).toEqual(expected);
    expect(layout.elided).toBe(0);
  });

  it('joined, the runs spell the whole value in hex', () => {
    const value = bytes(300);
    const fields: StepField[] = [{ label: 'masked-db', start: 0, end: 267 }, { label: 'h', start: 267, end: 299 }, { label: 'trailer', start: 299, end: 300 }];
    expect(layoutHex(value, fields).head.map((segment) => segment.text).join('').replaceAll(' ', '')).toBe(Buffer.from(value).toString('hex'));
  });

  it('keeps the start and the end of a value longer than the limit', () => {
    const layout = layoutHex(bytes(MAX_SHOWN_BYTES + 1000));
    const shown = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('').replaceAll(' ', '').length / 2;
    expect(shown(layout.head) + layout.elided + shown(layout.tail)).toBe(MAX_SHOWN_BYTES + 1000);
    expect(layout.elided).toBeGreaterThan(0);
    expect(layout.tail.at(-1)?.text.endsWith('e7')).toBe(true);
  });
});
