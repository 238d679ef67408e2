import { describe, expect, it } from 'vitest';
import { createFinding, findMember, MAX_FINDING_TEXT, type RuleMeta } from './finding';

describe('findMember', () => {
  const header = { alg: 'HS256', 'a/b': null, kid: { nested: true } };
  it.each([
    ['alg', { value: 'HS256', evidence: [{ part: 'header', pointer: '/alg', value: 'HS256' }] }],
    ['a/b', { value: null, evidence: [{ part: 'header', pointer: '/a~1b', value: 'null' }] }],
    ['kid', { value: { nested: true }, evidence: [{ part: 'header', pointer: '/kid', value: '{"nested":true}' }] }],
    ['typ', null],
    ['toString', null],
  ])('%s → %j', (name, expected) => {
    expect(findMember('header', header, name)).toEqual(expected);
  });

  it('finds nothing in a part that is not an object', () => {
    expect(findMember('payload', null, 'iss')).toBeNull();
  });
});

describe('createFinding', () => {
  const meta: RuleMeta = { id: 'kid-sql-injection', severity: 'high', severities: ['high'], needs: ['token'], messageIds: ['sqlLike'], references: [], docsAnchor: 'kid-sql-injection' };
  const long = `' OR '1'='1${'x'.repeat(5_000)}`;
  const cut = `${long.slice(0, MAX_FINDING_TEXT - 1)}…`;

  // Found by the rules fuzz test: rules that copied a kid, a claim name or a URL whole put megabytes into the findings list.
  it.each([
    ['a long text parameter and evidence value are cut', { kid: long, count: 3 }, [{ part: 'header' as const, pointer: '/kid', value: long }], { kid: cut, count: 3 }, [{ part: 'header', pointer: '/kid', value: cut }]],
    ['text up to the limit is kept as it is', { kid: long.slice(0, MAX_FINDING_TEXT) }, [{ part: 'header' as const, value: long.slice(0, MAX_FINDING_TEXT) }], { kid: long.slice(0, MAX_FINDING_TEXT) }, [{ part: 'header', value: long.slice(0, MAX_FINDING_TEXT) }]],
    ['pointers and evidence without a value are kept', {}, [{ part: 'payload' as const, pointer: `/${long}` }], {}, [{ part: 'payload', pointer: `/${long}` }]],
  ])('%s', (_name, params, evidence, expectedParams, expectedEvidence) => {
    expect(createFinding(meta, 'sqlLike', params, evidence)).toEqual({ ruleId: 'kid-sql-injection', severity: 'high', messageId: 'sqlLike', params: expectedParams, evidence: expectedEvidence });
  });
});
