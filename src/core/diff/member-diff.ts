import { appendPointerToken } from '../json/json-pointer';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/json-value';
import { alignSequences } from './align-sequences';
import { createCanonicalJson, type CanonicalJson } from './canonical-json';
import { findMovedPositions } from './find-moved';
import { readTimeDelta } from './time-delta';

/** How a member compares, equal to the UI contract's `data-change` values. */
export type MemberChange = 'added' | 'removed' | 'changed' | 'same';

/** One compared member of a header or payload. */
export interface MemberDiff {
  /** RFC 6901 pointer prefixed with its part (`/payload/exp`): the right token's place, the left's for a removed member. */
  pointer: string;
  /** The left token's place, when it is not `pointer` (an array element that moved). */
  leftPointer?: string;
  /** 1 for a member of the header or payload object itself. */
  depth: number;
  change: MemberChange;
  /** The member sits at another place among its siblings (its value may be the same or not). */
  moved: boolean;
  /** Absent when added. */
  left?: JsonValue;
  /** Absent when removed. */
  right?: JsonValue;
  /** A time claim on both sides: right minus left, in seconds. */
  deltaSeconds?: number;
}

/** The compared members of one part, objects and arrays first, then their members. */
export interface MemberDiffs {
  rows: MemberDiff[];
  /** More members differed or matched than `MAX_DIFF_ROWS`: the rest were not listed. */
  truncated: boolean;
}

/** Rows listed per token pair; a hostile payload with a million members costs a bounded list. */
export const MAX_DIFF_ROWS = 2000;

interface Context {
  part: 'header' | 'payload';
  canonical: CanonicalJson;
  rows: MemberDiff[];
  truncated: boolean;
}

interface Place {
  pointer: string;
  leftPointer: string;
  depth: number;
}

function push(context: Context, row: MemberDiff): boolean {
  if (context.rows.length >= MAX_DIFF_ROWS) {
    context.truncated = true;
    return false;
  }
  context.rows.push(row);
  return true;
}

function child(place: Place, rightToken: string | number, leftToken: string | number = rightToken): Place {
  return { pointer: appendPointerToken(place.pointer, rightToken), leftPointer: appendPointerToken(place.leftPointer, leftToken), depth: place.depth + 1 };
}

function compareValues(context: Context, place: Place, left: JsonValue, right: JsonValue, moved: boolean, name?: string): void {
  const same = context.canonical(left) === context.canonical(right);
  const row: MemberDiff = { pointer: place.pointer, depth: place.depth, change: same ? 'same' : 'changed', moved, left, right };
  if (place.leftPointer !== place.pointer) row.leftPointer = place.leftPointer;
  if (context.part === 'payload' && place.depth === 1 && name !== undefined) {
    const delta = readTimeDelta(name, left, right);
    if (delta !== null) row.deltaSeconds = delta;
  }
  if (!push(context, row)) return;
  // Equal containers are walked too: a member that only changed place inside them is still reported.
  if (isJsonObject(left) && isJsonObject(right)) compareObjects(context, place, left, right);
  else if (Array.isArray(left) && Array.isArray(right)) compareArrays(context, place, left, right);
}

function compareObjects(context: Context, place: Place, left: JsonObject, right: JsonObject): void {
  const leftMembers = new Map(Object.entries(left));
  const rightMembers = new Map(Object.entries(right));
  const rightOrder = new Map([...rightMembers.keys()].map((name, index) => [name, index]));
  const common = [...leftMembers.keys()].filter((name) => rightMembers.has(name));
  const movedFlags = findMovedPositions(common.map((name) => rightOrder.get(name)!));
  const moved = new Map(common.map((name, index) => [name, movedFlags[index]!]));

  // A removed member is listed after the member it followed on the left, so it reads in place.
  const removedAfter = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const name of leftMembers.keys()) {
    if (rightMembers.has(name)) anchor = name;
    else {
      const after = removedAfter.get(anchor);
      if (after) after.push(name);
      else removedAfter.set(anchor, [name]);
    }
  }
  const listRemoved = (after: string | null) => {
    for (const name of removedAfter.get(after) ?? []) {
      const { leftPointer, depth } = child(place, name);
      if (!push(context, { pointer: leftPointer, depth, change: 'removed', moved: false, left: leftMembers.get(name)! })) return;
    }
  };

  listRemoved(null);
  for (const [name, value] of rightMembers) {
    if (context.truncated) return;
    const at = child(place, name);
    if (leftMembers.has(name)) compareValues(context, at, leftMembers.get(name)!, value, moved.get(name)!, name);
    else push(context, { pointer: at.pointer, depth: at.depth, change: 'added', moved: false, right: value });
    if (leftMembers.has(name)) listRemoved(name);
  }
}

function compareArrays(context: Context, place: Place, left: JsonValue[], right: JsonValue[]): void {
  for (const alignment of alignSequences(left.map(context.canonical), right.map(context.canonical))) {
    if (context.truncated) return;
    switch (alignment.kind) {
      case 'same':
      case 'moved':
      case 'paired':
        compareValues(context, child(place, alignment.right, alignment.left), left[alignment.left]!, right[alignment.right]!, alignment.kind === 'moved');
        break;
      case 'removed': {
        const { leftPointer, depth } = child(place, alignment.left);
        push(context, { pointer: leftPointer, depth, change: 'removed', moved: false, left: left[alignment.left]! });
        break;
      }
      case 'added': {
        const { pointer, depth } = child(place, alignment.right);
        push(context, { pointer, depth, change: 'added', moved: false, right: right[alignment.right]! });
        break;
      }
    }
  }
}

/**
 * Returns the members of two headers or two payloads compared one by one and recursively, in the
 * right object's order: added, removed, changed or the same, moved when a member changed place, and
 * time claims' deltas in seconds. A missing object (null) compares as an empty one. Equal values
 * compare alike whatever their member order or number spelling (`1.0`, `1`); bytes are not compared here.
 */
export function diffJsonMembers(part: 'header' | 'payload', left: JsonObject | null, right: JsonObject | null, canonical: CanonicalJson = createCanonicalJson()): MemberDiffs {
  const context: Context = { part, canonical, rows: [], truncated: false };
  const root = `/${part}`;
  compareObjects(context, { pointer: root, leftPointer: root, depth: 0 }, left ?? {}, right ?? {});
  return { rows: context.rows, truncated: context.truncated };
}
