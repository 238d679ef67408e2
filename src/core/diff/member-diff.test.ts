import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { diffJsonMembers, MAX_DIFF_ROWS, type MemberDiff } from './member-diff';

type Row = Pick<MemberDiff, 'pointer' | 'change' | 'moved'> & Partial<Pick<MemberDiff, 'leftPointer' | 'deltaSeconds'>>;

function summarise(rows: MemberDiff[]): Row[] {
  return rows.map(({ pointer, change, moved, leftPointer, deltaSeconds }) => ({
    pointer,
    change,
    moved,
    ...(leftPointer === undefined ? {} : { leftPointer }),
    ...(deltaSeconds === undefined ? {} : { deltaSeconds }),
  }));
}

describe('diffJsonMembers', () => {
  it.each<{ name: string; part?: 'header' | 'payload'; left: JsonObject | null; right: JsonObject | null; rows: Row[] }>([
    { name: 'two empty objects', left: {}, right: {}, rows: [] },
    {
      name: 'added, removed, changed and the same',
      left: { sub: 'alice', role: 'user', old: 1 },
      right: { sub: 'alice', role: 'admin', extra: true },
      rows: [
        { pointer: '/payload/sub', change: 'same', moved: false },
        { pointer: '/payload/role', change: 'changed', moved: false },
        { pointer: '/payload/old', change: 'removed', moved: false },
        { pointer: '/payload/extra', change: 'added', moved: false },
      ],
    },
    {
      name: 'a removed member listed where it was',
      left: { gone: 1, a: 1, b: 2 },
      right: { a: 1, b: 2 },
      rows: [
        { pointer: '/payload/gone', change: 'removed', moved: false },
        { pointer: '/payload/a', change: 'same', moved: false },
        { pointer: '/payload/b', change: 'same', moved: false },
      ],
    },
    {
      name: 'a member taken to the front: the same, moved',
      left: { a: 1, b: 2, c: 3 },
      right: { c: 3, a: 1, b: 2 },
      rows: [
        { pointer: '/payload/c', change: 'same', moved: true },
        { pointer: '/payload/a', change: 'same', moved: false },
        { pointer: '/payload/b', change: 'same', moved: false },
      ],
    },
    {
      name: 'time claims with their delta in seconds',
      left: { exp: 1_700_000_000, iat: 1_699_999_000, n: 1 },
      right: { exp: 1_700_000_900, iat: 1_699_999_000, n: 2 },
      rows: [
        { pointer: '/payload/exp', change: 'changed', moved: false, deltaSeconds: 900 },
        { pointer: '/payload/iat', change: 'same', moved: false, deltaSeconds: 0 },
        { pointer: '/payload/n', change: 'changed', moved: false },
      ],
    },
    {
      name: 'no time deltas in the header',
      part: 'header',
      left: { exp: 1 },
      right: { exp: 2 },
      rows: [{ pointer: '/header/exp', change: 'changed', moved: false }],
    },
    {
      name: 'nested objects, recursively',
      left: { address: { city: 'Seoul', zip: '1' } },
      right: { address: { city: 'Busan', zip: '1' } },
      rows: [
        { pointer: '/payload/address', change: 'changed', moved: false },
        { pointer: '/payload/address/city', change: 'changed', moved: false },
        { pointer: '/payload/address/zip', change: 'same', moved: false },
      ],
    },
    {
      name: 'equal objects with members in another order: the same, the move reported inside',
      left: { o: { a: 1, b: 2 } },
      right: { o: { b: 2, a: 1 } },
      rows: [
        { pointer: '/payload/o', change: 'same', moved: false },
        { pointer: '/payload/o/b', change: 'same', moved: false },
        { pointer: '/payload/o/a', change: 'same', moved: true },
      ],
    },
    {
      name: 'array elements added and swapped',
      left: { aud: ['a', 'b'] },
      right: { aud: ['b', 'a', 'c'] },
      rows: [
        { pointer: '/payload/aud', change: 'changed', moved: false },
        { pointer: '/payload/aud/0', leftPointer: '/payload/aud/1', change: 'same', moved: false },
        { pointer: '/payload/aud/1', leftPointer: '/payload/aud/0', change: 'same', moved: true },
        { pointer: '/payload/aud/2', change: 'added', moved: false },
      ],
    },
    {
      name: 'an array element replaced, compared inside',
      left: { list: [{ id: 1, v: 'x' }] },
      right: { list: [{ id: 1, v: 'y' }] },
      rows: [
        { pointer: '/payload/list', change: 'changed', moved: false },
        { pointer: '/payload/list/0', change: 'changed', moved: false },
        { pointer: '/payload/list/0/id', change: 'same', moved: false },
        { pointer: '/payload/list/0/v', change: 'changed', moved: false },
      ],
    },
    {
      name: 'a value that changed type',
      left: { a: { b: 1 } },
      right: { a: [1] },
      rows: [{ pointer: '/payload/a', change: 'changed', moved: false }],
    },
    {
      name: 'names escaped as RFC 6901 asks',
      left: { 'a/b': 1, 'c~d': 1 },
      right: { 'a/b': 2, 'c~d': 1 },
      rows: [
        { pointer: '/payload/a~1b', change: 'changed', moved: false },
        { pointer: '/payload/c~0d', change: 'same', moved: false },
      ],
    },
    {
      name: 'prototype member names compared as plain names',
      left: JSON.parse('{"__proto__":{"x":1},"constructor":1}') as JsonObject,
      right: JSON.parse('{"constructor":1}') as JsonObject,
      rows: [
        { pointer: '/payload/__proto__', change: 'removed', moved: false },
        { pointer: '/payload/constructor', change: 'same', moved: false },
      ],
    },
    {
      name: 'a missing object compares as an empty one',
      left: null,
      right: { a: 1 },
      rows: [{ pointer: '/payload/a', change: 'added', moved: false }],
    },
  ])('$name', ({ part = 'payload', left, right, rows }) => {
    expect(summarise(diffJsonMembers(part, left, right).rows)).toEqual(rows);
  });

  it('keeps the values of each side on the row', () => {
    const [row] = diffJsonMembers('payload', { role: 'user' }, { role: 'admin' }).rows;
    expect(row).toMatchObject({ left: 'user', right: 'admin' });
  });

  it(`lists at most ${MAX_DIFF_ROWS} rows and says when it stopped`, () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DIFF_ROWS + 10 }, (_, index) => [`m${index}`, index]));
    const diff = diffJsonMembers('payload', many, {});
    expect(diff.rows).toHaveLength(MAX_DIFF_ROWS);
    expect(diff.truncated).toBe(true);
    expect(diffJsonMembers('payload', { a: 1 }, {}).truncated).toBe(false);
  });

  // Work grows with the members, not with their square: these finish well inside the test timeout.
  it.each<{ name: string; left: JsonObject; right: JsonObject }>([
    { name: '50,000 removed members', left: Object.fromEntries(Array.from({ length: 50_000 }, (_, index) => [`m${index}`, index])), right: {} },
    { name: '50,000 array elements all different', left: { a: Array.from({ length: 50_000 }, (_, index) => index) }, right: { a: Array.from({ length: 50_000 }, (_, index) => -index - 1) } },
    { name: '50,000 equal array elements reversed', left: { a: Array.from({ length: 50_000 }, (_, index) => index) }, right: { a: Array.from({ length: 50_000 }, (_, index) => 49_999 - index) } },
  ])('lists a hostile payload of $name up to the cap', ({ left, right }) => {
    const diff = diffJsonMembers('payload', left, right);
    expect(diff.rows).toHaveLength(MAX_DIFF_ROWS);
    expect(diff.truncated).toBe(true);
  });
});
