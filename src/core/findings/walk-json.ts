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
  /** An array's items with their indexes (read lazily), or an object's own members with their names. */
  children: Iterator<[string | number, JsonValue]>;
}

function frameOf(path: (string | number)[], value: JsonValue): Frame | null {
  if (Array.isArray(value)) return { path, children: value.entries() };
  if (typeof value === 'object' && value !== null) return { path, children: Object.entries(value).values() };
  return null;
}

/** Returns the values under `root` (not `root` itself), depth first in document order, at most MAX_VISITS; walks nothing beyond them. */
export function walkJson(root: JsonValue): VisitedValue[] {
  const visited: VisitedValue[] = [];
  const first = frameOf([], root);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0 && visited.length < MAX_VISITS) {
    const frame = stack[stack.length - 1];
    const step = frame?.children.next();
    if (frame === undefined || step === undefined || step.done === true) {
      stack.pop();
      continue;
    }
    const [key, value] = step.value;
    const path = [...frame.path, key];
    visited.push({ pointer: pointerTo(...path), name: typeof key === 'string' ? key : null, value });
    const next = frameOf(path, value);
    if (next) stack.push(next);
  }
  return visited;
}
