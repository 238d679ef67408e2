import type { StepField } from '../../../core/learn/signature-walk';
import { encodeHex } from '../../../core/encoding/hex';

/** A run of a value's hex, inside one labelled field or none; groups of four bytes are split by spaces at the same offsets whatever the fields. */
export interface HexSegment {
  text: string;
  label: StepField['label'] | null;
  /** The first byte of the run. */
  start: number;
}

/** A value's hex cut at its field boundaries, with the middle of a very long value left out. */
export interface HexLayout {
  head: HexSegment[];
  /** How many bytes are not shown between head and tail (0 when the whole value is shown). */
  elided: number;
  tail: HexSegment[];
}

/** Values longer than this many bytes show their first HEAD_BYTES and last TAIL_BYTES only (a long signing input). */
export const MAX_SHOWN_BYTES = 4096;
const HEAD_BYTES = 2048;
const TAIL_BYTES = 256;
const GROUP_BYTES = 4;

function hexRun(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let offset = start; offset < end; offset += 1) {
    if (offset > 0 && offset % GROUP_BYTES === 0) text += ' ';
    text += encodeHex(bytes.subarray(offset, offset + 1));
  }
  return text;
}

function segmentRange(bytes: Uint8Array, fields: readonly StepField[], start: number, end: number): HexSegment[] {
  const cuts = new Set<number>([start, end]);
  for (const field of fields) {
    for (const edge of [field.start, field.end]) if (edge > start && edge < end) cuts.add(edge);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: HexSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const from = edges[i] ?? 0;
    const to = edges[i + 1] ?? 0;
    const field = fields.find((candidate) => candidate.start <= from && to <= candidate.end);
    segments.push({ text: hexRun(bytes, from, to), label: field?.label ?? null, start: from });
  }
  return segments;
}

/** Returns the value's hex as runs per field (fields are taken as non-overlapping `[start, end)` byte ranges); very long values keep their start and end only. */
export function layoutHex(bytes: Uint8Array, fields: readonly StepField[] = []): HexLayout {
  if (bytes.length <= MAX_SHOWN_BYTES) return { head: segmentRange(bytes, fields, 0, bytes.length), elided: 0, tail: [] };
  const tailStart = bytes.length - TAIL_BYTES;
  return {
    head: segmentRange(bytes, fields, 0, HEAD_BYTES),
    elided: tailStart - HEAD_BYTES,
    tail: segmentRange(bytes, fields, tailStart, bytes.length),
  };
}
