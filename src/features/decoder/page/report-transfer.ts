import type { InspectionReport, JsonPartReport } from '../../../core/inspect-token';
import { findTokenParts } from '../../../core/token/find-token-parts';

/** Strings at least this long that the inspected text holds travel as their place in it, not as a copy. */
export const SLICED_MIN_CHARS = 64 * 1024;

/** Where a string of the report lies in the inspected text. */
interface TextSlice {
  start: number;
  end: number;
}

/** A long string of a part's JSON value that its decoded text holds: where it goes back, and where it lies in that text. */
interface ValueSlice extends TextSlice {
  part: number;
  path: readonly (string | number)[];
}

/** A stretch of a part's decoded text cut out of its pretty JSON: it goes back at `at` of what was left. */
interface PrettyCut extends TextSlice {
  at: number;
}

/** The JSON reports whose pretty text re-indents a part's decoded text. */
type PrettyField = 'headerJson' | 'payloadJson';

/**
 * A report as it crosses from the inspection worker: its longest strings cut out, with where they
 * were in the text (`slices`) or in a part's decoded text (`valueSlices`: a long claim is a stretch
 * of its payload's text, and reading a copy of it out of the message took the main thread ~50 ms for
 * 15 MB, where a slice costs nothing; `prettyCuts`: the same claim inside the pretty JSON).
 */
export interface ReportInTransit {
  report: InspectionReport;
  slices: Map<string, TextSlice>;
  valueSlices: ValueSlice[];
  prettyCuts: Partial<Record<PrettyField, PrettyCut[]>>;
}

/**
 * The strings of at least SLICED_MIN_CHARS characters in a JSON value, with their paths. Walks with a
 * stack, as a value nests up to 512 deep.
 */
function findLongStrings(root: unknown): { path: (string | number)[]; value: string }[] {
  const found: { path: (string | number)[]; value: string }[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (value.length >= SLICED_MIN_CHARS) found.push({ path, value });
    } else if (Array.isArray(value)) {
      value.forEach((child: unknown, index) => stack.push({ value: child, path: [...path, index] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) stack.push({ value: child, path: [...path, key] });
    }
  }
  return found;
}

/** Sets the string at `path` in `root`, every key an own member (a payload member may be named `__proto__`). */
function setAt(root: object, path: readonly (string | number)[], value: string): void {
  let container = root;
  for (const key of path.slice(0, -1)) container = Object.getOwnPropertyDescriptor(container, key)?.value as object;
  Object.defineProperty(container, path.at(-1)!, { value, writable: true, enumerable: true, configurable: true });
}

/** Cuts out of each part's JSON value the long strings its decoded text holds as they are (no escapes). */
function cutValueStrings(report: InspectionReport): ValueSlice[] {
  const { decoded } = report;
  if (decoded.kind === 'empty') return [];
  const cut: ValueSlice[] = [];
  decoded.parts.forEach((part, index) => {
    const { decoding } = part;
    if (!decoding.ok || decoding.content.type !== 'json' || decoding.content.text.length < SLICED_MIN_CHARS) return;
    const { value, text } = decoding.content;
    if (typeof value !== 'object' || value === null) return;
    for (const found of findLongStrings(value)) {
      const start = text.indexOf(found.value);
      if (start < 0) continue;
      cut.push({ part: index, path: found.path, start, end: start + found.value.length });
      setAt(value, found.path, '');
    }
  });
  return cut;
}

/** The decoded text a pretty JSON re-indents, with the part's index; null when that part is not JSON. */
function prettySource(report: InspectionReport, field: PrettyField): { part: number; text: string; json: JsonPartReport } | null {
  const json = report[field];
  const { decoded } = report;
  if (!json || decoded.kind === 'empty') return null;
  const part = findTokenParts(decoded)[field === 'headerJson' ? 'header' : 'payload'];
  const content = part?.decoding.ok ? part.decoding.content : null;
  return part && content?.type === 'json' ? { part: decoded.parts.findIndex((candidate) => candidate === part), text: content.text, json } : null;
}

/**
 * Cuts out of each pretty JSON the long strings `valueSlices` found in its part's text: the pretty
 * text copies a string's characters as written, in the same order. One not found stays.
 */
function cutPrettyStrings(report: InspectionReport, valueSlices: readonly ValueSlice[]): ReportInTransit['prettyCuts'] {
  const cuts: ReportInTransit['prettyCuts'] = {};
  for (const field of ['headerJson', 'payloadJson'] as const) {
    const source = prettySource(report, field);
    if (!source) continue;
    const stretches = valueSlices.filter((slice) => slice.part === source.part).sort((a, b) => a.start - b.start);
    const { pretty } = source.json;
    const found: PrettyCut[] = [];
    let kept = '';
    let from = 0;
    for (const { start, end } of stretches) {
      const at = pretty.indexOf(source.text.slice(start, end), from);
      if (at < 0) continue;
      kept += pretty.slice(from, at);
      found.push({ at: kept.length, start, end });
      from = at + (end - start);
    }
    if (found.length === 0) continue;
    source.json.pretty = kept + pretty.slice(from);
    cuts[field] = found;
  }
  return cuts;
}

/** The fields that hold a long stretch of the inspected text: its normalised copy, the signing input, each segment. */
function eachTextField(report: InspectionReport, visit: (key: string, value: string, set: (value: string) => void) => void): void {
  const { decoded } = report;
  if (decoded.kind === 'empty') return;
  visit('text', decoded.normalisation.text, (value) => (decoded.normalisation.text = value));
  if (decoded.kind === 'jws') visit('signingInput', decoded.signingInput, (value) => (decoded.signingInput = value));
  decoded.parts.forEach((part, index) => visit(`part${index}`, part.segment, (value) => (part.segment = value)));
}

/**
 * Cuts out of a fresh report the long strings the inspected `text` holds, so posting it copies tens of
 * megabytes less: the main thread, which sent `text`, slices them back in (`receiveReport`), and a
 * slice of a string costs nothing. Strings not found in `text` (a normalised copy that differs) stay.
 */
export function sendableReport(report: InspectionReport, text: string): ReportInTransit {
  const slices = new Map<string, TextSlice>();
  eachTextField(report, (key, value, set) => {
    if (value.length < SLICED_MIN_CHARS) return;
    const start = text.indexOf(value);
    if (start < 0) return;
    slices.set(key, { start, end: start + value.length });
    set('');
  });
  const valueSlices = cutValueStrings(report);
  return { report, slices, valueSlices, prettyCuts: cutPrettyStrings(report, valueSlices) };
}

/**
 * The buffers of a report's decoded parts at least SLICED_MIN_CHARS long, to post as transferred
 * (moved, not copied). The report must not be used where it was made once posted: its bytes are gone.
 */
export function transferablesOf(report: InspectionReport): ArrayBuffer[] {
  const { decoded } = report;
  const buffers = new Set<ArrayBuffer>();
  for (const part of decoded.kind === 'empty' ? [] : decoded.parts) {
    const { bytes } = part.decoding;
    if (bytes && bytes.byteLength >= SLICED_MIN_CHARS && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  }
  return [...buffers];
}

/** Puts back into a report from the worker the strings `sendableReport` cut out of it, from the same `text`. */
export function receiveReport({ report, slices, valueSlices, prettyCuts }: ReportInTransit, text: string): InspectionReport {
  eachTextField(report, (key, _value, set) => {
    const slice = slices.get(key);
    if (slice) set(text.slice(slice.start, slice.end));
  });
  const { decoded } = report;
  const parts = decoded.kind === 'empty' ? [] : decoded.parts;
  for (const slice of valueSlices) {
    const decoding = parts[slice.part]?.decoding;
    if (decoding?.ok && decoding.content.type === 'json' && typeof decoding.content.value === 'object' && decoding.content.value !== null) {
      setAt(decoding.content.value, slice.path, decoding.content.text.slice(slice.start, slice.end));
    }
  }
  for (const [field, cuts] of Object.entries(prettyCuts) as [PrettyField, PrettyCut[]][]) {
    const source = prettySource(report, field);
    if (!source) continue;
    const kept = source.json.pretty;
    let pretty = '';
    let from = 0;
    for (const { at, start, end } of cuts) {
      pretty += kept.slice(from, at) + source.text.slice(start, end);
      from = at;
    }
    source.json.pretty = pretty + kept.slice(from);
  }
  return report;
}
