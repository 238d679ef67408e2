import type { JsonValue } from '../json/json-value';
import { pointerTo } from './finding';

/** One value met while walking a JSON tree, with the member name that holds it (null in arrays). */
export interface VisitedValue {
  pointer: string;
  name: string | null;
  value: JsonValue;
}

/** At most this many values are visited, so a multi-megabyte payload costs no more than a large one. */
export const MAX_VISITS = 10_000;

interface Frame {
  path: (string | number)[];
  /** Member names of an object; null for an array, whose keys are its indexes. */
  names: string[] | null;
  container: JsonValue[] | Record<string, JsonValue>;
  size: number;
  next: number;
}

function frameOf(path: (string | number)[], value: JsonValue): Frame | null {
  if (Array.isArray(value)) return { path, names: null, container: value, size: value.length, next: 0 };
  if (typeof value === 'object' && value !== null) {
    const names = Object.keys(value);
    return { path, names, container: value, size: names.length, next: 0 };
  }
  return null;
}

/** Returns the values under `root` (not `root` itself), depth first in document order, at most MAX_VISITS; walks nothing beyond them. */
export function walkJson(root: JsonValue): VisitedValue[] {
  const visited: VisitedValue[] = [];
  const first = frameOf([], root);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0 && visited.length < MAX_VISITS) {
    const frame = stack[stack.length - 1];
    if (frame === undefined || frame.next >= frame.size) {
      stack.pop();
      continue;
    }
    const index = frame.next++;
    const key: string | number = frame.names === null ? index : (frame.names[index] ?? '');
    const value = (Array.isArray(frame.container) ? frame.container[index] : frame.container[key]) ?? null;
    const path = [...frame.path, key];
    visited.push({ pointer: pointerTo(...path), name: typeof key === 'string' ? key : null, value });
    const child = frameOf(path, value);
    if (child) stack.push(child);
  }
  return visited;
}
