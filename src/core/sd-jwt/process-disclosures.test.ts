import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../json/json-value';
import { processDisclosures } from './process-disclosures';

// Disclosures and digests built with Node's own hash, independent of the app's SHA-2.
const disclose = (...elements: JsonValue[]): string => Buffer.from(JSON.stringify(elements)).toString('base64url');
const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

const GIVEN = disclose('s1', 'given_name', 'Ada');
const FAMILY = disclose('s2', 'family_name', 'Lovelace');
const UK = disclose('s3', 'UK');
const STREET = disclose('s4', 'street', '1 Lane');
const ADDRESS = disclose('s5', 'address', { _sd: [digest(STREET)], country: 'UK' });
const DECOY = digest('decoy');

interface Row {
  name: string;
  payload: JsonObject;
  disclosures: string[];
  statuses: string[];
  pointers?: (string | null)[];
  problems?: (string | null)[];
  hiddenCount: number;
  repeated?: string[];
  processed: JsonObject;
}

const rows: Row[] = [
  {
    name: 'object members and an array element, with a decoy',
    payload: { _sd: [digest(GIVEN), DECOY, digest(FAMILY)], _sd_alg: 'sha-256', iss: 'i', nationalities: [{ '...': digest(UK) }, 'FR'] },
    disclosures: [GIVEN, FAMILY, UK],
    statuses: ['matched', 'matched', 'matched'],
    pointers: ['/given_name', '/family_name', '/nationalities/0'],
    hiddenCount: 1,
    processed: { iss: 'i', nationalities: ['UK', 'FR'], given_name: 'Ada', family_name: 'Lovelace' },
  },
  {
    name: 'nothing disclosed: every digest stays hidden and undisclosed elements are dropped',
    payload: { _sd: [digest(GIVEN)], list: [{ '...': digest(UK) }, 1] },
    disclosures: [],
    statuses: [],
    hiddenCount: 2,
    processed: { list: [1] },
  },
  {
    name: 'a recursive disclosure: the address discloses a street of its own',
    payload: { _sd: [digest(ADDRESS)] },
    disclosures: [STREET, ADDRESS],
    statuses: ['matched', 'matched'],
    pointers: ['/address/street', '/address'],
    hiddenCount: 0,
    processed: { address: { country: 'UK', street: '1 Lane' } },
  },
  {
    name: 'a disclosure whose digest is nowhere',
    payload: { _sd: [digest(GIVEN)] },
    disclosures: [GIVEN, FAMILY],
    statuses: ['matched', 'unmatched'],
    pointers: ['/given_name', null],
    hiddenCount: 0,
    processed: { given_name: 'Ada' },
  },
  {
    name: 'the same disclosure sent twice',
    payload: { _sd: [digest(GIVEN)] },
    disclosures: [GIVEN, GIVEN],
    statuses: ['matched', 'duplicate'],
    hiddenCount: 0,
    repeated: [digest(GIVEN)],
    processed: { given_name: 'Ada' },
  },
  {
    name: 'a digest found twice in the payload',
    payload: { _sd: [digest(GIVEN)], nested: { _sd: [digest(GIVEN)] } },
    disclosures: [GIVEN],
    statuses: ['duplicate'],
    hiddenCount: 0,
    repeated: [digest(GIVEN)],
    processed: { nested: { given_name: 'Ada' } },
  },
  {
    name: 'an array element disclosed through _sd, an object member through ...',
    payload: { _sd: [digest(UK)], list: [{ '...': digest(GIVEN) }] },
    disclosures: [UK, GIVEN],
    statuses: ['matched', 'matched'],
    problems: ['misplaced', 'misplaced'],
    hiddenCount: 0,
    processed: { list: [] },
  },
  {
    name: 'a claim the object already has',
    payload: { _sd: [digest(GIVEN)], given_name: 'Eve' },
    disclosures: [GIVEN],
    statuses: ['matched'],
    problems: ['claim-exists'],
    hiddenCount: 0,
    processed: { given_name: 'Eve' },
  },
  {
    name: 'a disclosure named __proto__ becomes an own member',
    payload: { _sd: [digest(disclose('s', '__proto__', { polluted: true }))] },
    disclosures: [disclose('s', '__proto__', { polluted: true })],
    statuses: ['matched'],
    hiddenCount: 0,
    processed: JSON.parse('{"__proto__": {"polluted": true}}') as JsonObject,
  },
  {
    name: '_sd_alg below the top level is kept, _sd everywhere is removed',
    payload: { inner: { _sd_alg: 'x', _sd: [] } },
    disclosures: [],
    statuses: [],
    hiddenCount: 0,
    processed: { inner: { _sd_alg: 'x' } },
  },
];

describe('processDisclosures', () => {
  it.each(rows)('$name', ({ payload, disclosures, statuses, pointers, problems, hiddenCount, repeated = [], processed }) => {
    const result = processDisclosures(payload, disclosures, 'sha-256');
    expect(result.disclosures.map((report) => report.status)).toEqual(statuses);
    expect(result.disclosures.map((report) => report.digest)).toEqual(disclosures.map(digest));
    if (pointers) expect(result.disclosures.map((report) => report.pointer)).toEqual(pointers);
    expect(result.disclosures.map((report) => report.problem)).toEqual(problems ?? statuses.map(() => null));
    expect(result.hiddenCount).toBe(hiddenCount);
    expect(result.repeatedDigests).toEqual(repeated);
    expect(result.payload).toStrictEqual(processed);
    expect(Object.getPrototypeOf(result.payload)).toBe(Object.prototype);
  });

  it('matches nothing when the digest algorithm is not one it computes', () => {
    const result = processDisclosures({ _sd: [digest(GIVEN)] }, [GIVEN], null);
    expect(result.disclosures).toMatchObject([{ status: 'unmatched', digest: null }]);
    expect(result.hiddenCount).toBe(1);
    expect(result.payload).toEqual({});
  });

  it('ends on a disclosure that discloses itself through a chain', () => {
    const a = disclose('a', 'a', { _sd: ['placeholder'] });
    const b = disclose('b', 'b', { _sd: [digest(a)] });
    const result = processDisclosures({ _sd: [digest(b), digest(a)] }, [a, b], 'sha-256');
    expect(result.disclosures.map((report) => report.status)).toEqual(['duplicate', 'matched']);
    expect(result.repeatedDigests).toEqual([digest(a)]);
  });
});
