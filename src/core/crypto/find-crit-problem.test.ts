import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { findCritProblem, type CritProblem } from './find-crit-problem';

const VERIFIER: ReadonlySet<string> = new Set(['b64']);
const malformed = (problem: string, name?: string): CritProblem => ({ reason: 'crit-malformed', params: name === undefined ? { problem } : { problem, name } });

describe('findCritProblem', () => {
  it.each<[string, JsonObject, ReadonlySet<string> | 'all', CritProblem | null]>([
    ['no crit', { alg: 'ES256K' }, VERIFIER, null],
    ['no crit, signing', { alg: 'ES256K' }, 'all', null],
    ['b64 true', { crit: ['b64'], b64: true }, VERIFIER, null],
    ['b64 false', { crit: ['b64'], b64: false }, VERIFIER, null],
    ['a user extension, signing', { crit: ['exp'], exp: 1 }, 'all', null],
    ['a user extension, verifying', { crit: ['exp', 'x'], exp: 1, x: true }, VERIFIER, { reason: 'crit-unknown', params: { names: ['exp', 'x'] } }],
    ['not an array', { crit: 'b64', b64: true }, 'all', malformed('not-a-non-empty-array')],
    ['null', { crit: null }, 'all', malformed('not-a-non-empty-array')],
    ['empty', { crit: [] }, VERIFIER, malformed('not-a-non-empty-array')],
    ['a non-string', { crit: [1] }, 'all', malformed('not-a-name')],
    ['an empty name', { crit: [''] }, VERIFIER, malformed('not-a-name')],
    ['a duplicate', { crit: ['b64', 'b64'], b64: true }, 'all', malformed('duplicate', 'b64')],
    ['a registered name', { crit: ['kid'], kid: '1' }, 'all', malformed('registered-name', 'kid')],
    ['a name absent from the header', { crit: ['exp'] }, 'all', malformed('name-absent', 'exp')],
    ['b64 not a boolean', { crit: ['b64'], b64: 'false' }, VERIFIER, malformed('b64-not-boolean', 'b64')],
    ['b64 not a boolean beside a user extension, signing', { crit: ['b64', 'x'], b64: 'no', x: 1 }, 'all', malformed('b64-not-boolean', 'b64')],
    ['an unknown name is reported before b64, verifying', { crit: ['b64', 'x'], b64: 'no', x: 1 }, VERIFIER, { reason: 'crit-unknown', params: { names: ['x'] } }],
    ['an inherited name is absent', { crit: ['toString'] }, 'all', malformed('name-absent', 'toString')],
  ])('%s', (_name, header, understood, expected) => {
    expect(findCritProblem(header, understood)).toEqual(expected);
  });
});
