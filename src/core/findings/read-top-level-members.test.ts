import { describe, expect, it } from 'vitest';
import { readTopLevelMembers } from './read-top-level-members';

describe('readTopLevelMembers', () => {
  it.each([
    { name: 'an object', text: '{"alg":"HS256","typ":"JWT"}', members: [{ name: 'alg', value: 'HS256' }, { name: 'typ', value: 'JWT' }] },
    { name: 'repeated names, each copy', text: '{"alg":"none","alg":"HS256"}', members: [{ name: 'alg', value: 'none' }, { name: 'alg', value: 'HS256' }] },
    { name: 'nested values whole, not their members', text: '{ "jwk" : {"kty":"oct","k":[1]} }', members: [{ name: 'jwk', value: { kty: 'oct', k: [1] } }] },
    { name: 'escaped names decoded', text: '{"\\u0061lg":"none"}', members: [{ name: 'alg', value: 'none' }] },
    { name: 'an array', text: '[{"alg":"none"}]', members: [] },
    { name: 'text that is not JSON', text: '{"alg":"none",', members: [] },
  ])('reads $name', ({ text, members }) => {
    expect(readTopLevelMembers(text)).toEqual(members);
  });

  it('finds a copy hidden behind more members than the member reader keeps by default', () => {
    const filler = Array.from({ length: 12_000 }, (_, index) => `"k${index}":0`).join(',');
    const members = readTopLevelMembers(`{"alg":"HS256",${filler},"alg":"none"}`);
    expect(members.filter((member) => member.name === 'alg').map((member) => member.value)).toEqual(['HS256', 'none']);
  });

  it.each([
    { name: 'only the copies of one name', text: '{"alg":"none","typ":"JWT","alg":"HS256"}', only: 'alg', values: ['none', 'HS256'] },
    { name: 'nothing when the name is absent', text: '{"typ":"JWT"}', only: 'alg', values: [] },
  ])('reads $name', ({ text, only, values }) => {
    expect(readTopLevelMembers(text, only).map((member) => member.value)).toEqual(values);
  });
});
