import type { JsonValue } from '../json/json-value';
import { pointerTo } from './finding';

/** One value met while walking a JSON tree, with the member name that holds it (null in arrays). */
export interface VisitedValue {
  pointer: string;
  name: string | null;
  value: JsonValue;
}

/** What the rules see of one part: the values walked and how many were left unwalked. */
export interface JsonWalk {
  values: readonly VisitedValue[];
  /** Members and items left where the walk stopped, each counted once whatever it holds (0 when the walk was whole). */
  notChecked: number;
}

/**
 * The shared walk budget: the rules look at no more than this many members and items of one part,
 * so a header of 60,000 parameters costs what one of 2,000 does.
 */
export const MAX_WALKED_MEMBERS = 2_000;

/**
 * The pattern rules (secrets, personal data) read at most this many characters of one string: a
 * 15 MB claim costs them what 64 KiB does. A pattern further in is not found.
 */
export const MAX_SCANNED_CHARS = 64 * 1024;

/** Returns the part of a string value the pattern rules read: its first MAX_SCANNED_CHARS characters. */
export function scannedPrefix(text: string): string {
  return text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
}

interface Frame {
  path: (string | number)[];
  value: JsonValue[] | { [name: string]: JsonValue };
  /** An object's own member names, or null for an array (read by index). */
  names: string[] | null;
  next: number;
}

function frameOf(path: (string | number)[], value: JsonValue): Frame | null {
  if (Array.isArray(value)) return { path, value, names: null, next: 0 };
  if (typeof value === 'object' && value !== null) return { path, value, names: Object.keys(value), next: 0 };
  return null;
}

function memberOf(object: { [name: string]: JsonValue }, name: string): JsonValue {
  // The name comes from Object.keys, so it is own; the check keeps a prototype name from reaching Object.prototype.
  return Object.hasOwn(object, name) ? object[name]! : null;
}

function sizeOf(frame: Frame): number {
  return frame.names === null ? (frame.value as JsonValue[]).length : frame.names.length;
}

// The rules walk the same parsed part; the walk is made once per part object and shared.
const walks = new WeakMap<object, JsonWalk>();

/**
 * Returns the values under `root` (not `root` itself), depth first in document order, at most
 * MAX_WALKED_MEMBERS, and how many were left; the same object walks once. Does not judge any value.
 */
export function walkJsonBounded(root: JsonValue): JsonWalk {
  const cached = typeof root === 'object' && root !== null ? walks.get(root) : undefined;
  if (cached) return cached;
  const values: VisitedValue[] = [];
  const first = frameOf([], root);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0 && values.length < MAX_WALKED_MEMBERS) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= sizeOf(frame)) {
      stack.pop();
      continue;
    }
    const index = frame.next++;
    const key = frame.names === null ? index : frame.names[index]!;
    const value = typeof key === 'number' ? (frame.value as JsonValue[])[index]! : memberOf(frame.value as { [name: string]: JsonValue }, key);
    const path = [...frame.path, key];
    values.push({ pointer: pointerTo(...path), name: typeof key === 'string' ? key : null, value });
    const next = frameOf(path, value);
    if (next) stack.push(next);
  }
  // Counting what lies inside the members left would walk them after all: they count as one each.
  const walk: JsonWalk = { values, notChecked: stack.reduce((left, frame) => left + sizeOf(frame) - frame.next, 0) };
  if (typeof root === 'object' && root !== null) walks.set(root, walk);
  return walk;
}

/** Returns the values under `root` (not `root` itself), depth first in document order, at most MAX_WALKED_MEMBERS; walks nothing beyond them. */
export function walkJson(root: JsonValue): readonly VisitedValue[] {
  return walkJsonBounded(root).values;
}
