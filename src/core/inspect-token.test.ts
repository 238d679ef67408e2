import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from './encoding/base64url';
import { chooseTokenCandidate, inspectToken, MAX_DUPLICATE_NOTES, toSegmentRange } from './inspect-token';
import { MAX_DUPLICATE_MEMBERS } from './json/parse-json';
import { MAX_SEARCH_CHARS } from './token/find-tokens-in-text';

const encode = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
const HEADER = '{"alg":"HS256","typ":"JWT"}';
const PAYLOAD = '{"sub":"사용자","address":{"country":"KR","lines":[{"n":1}]},"a/b":true}';
const TOKEN = `${encode(HEADER)}.${encode(PAYLOAD)}.c2ln`;

describe('inspectToken', () => {
  it('reads header and payload objects with their pretty JSON', () => {
    const report = inspectToken(TOKEN);
    expect(report.decoded.kind).toBe('jws');
    expect(report.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(report.payload).toMatchObject({ sub: '사용자', 'a/b': true });
    expect(report.headerJson?.pretty).toBe('{\n  "alg": "HS256",\n  "typ": "JWT"\n}');
    expect(report.payloadText).toBeNull();
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('locates every member at any depth by JSON pointer, in bytes and in segment characters', () => {
    const report = inspectToken(TOKEN);
    const pointers = report.payloadJson?.members.map((member) => member.pointer);
    expect(pointers).toEqual(['/sub', '/address', '/address/country', '/address/lines', '/address/lines/0/n', '/a~1b']);
    const payloadBytes = Buffer.from(PAYLOAD, 'utf8');
    const segment = encode(PAYLOAD);
    for (const member of report.payloadJson?.members ?? []) {
      const memberText = payloadBytes.subarray(member.bytes.start, member.bytes.end).toString('utf8');
      expect(memberText.startsWith('"')).toBe(true);
      // The characters named carry the member's bytes: decoding them (aligned to whole quanta) contains the member.
      const alignedStart = member.chars.start - (member.chars.start % 4);
      const carried = decodeBase64Url(segment.slice(alignedStart, member.chars.end));
      const carriedText = Buffer.from(carried.ok ? carried.bytes : new Uint8Array()).toString('latin1');
      expect(carriedText).toContain(payloadBytes.subarray(member.bytes.start, member.bytes.end).toString('latin1'));
    }
    const sub = report.payloadJson?.members[0];
    expect(sub?.bytes).toEqual({ start: 1, end: 1 + Buffer.byteLength('"sub":"사용자"') });
  });

  it.each([
    [{ start: 0, end: 3 }, 100, { start: 0, end: 4 }],
    [{ start: 1, end: 2 }, 100, { start: 1, end: 3 }],
    [{ start: 5, end: 9 }, 100, { start: 6, end: 12 }],
    [{ start: 5, end: 9 }, 10, { start: 6, end: 10 }],
  ])('maps bytes %j to characters with the contract formula', (bytes, length, chars) => {
    expect(toSegmentRange(bytes, length)).toEqual(chars);
  });

  it('reports problems and notes as codes, every part on its own', () => {
    const report = inspectToken(`Bearer ${encode('{"alg":"HS256","alg":"none"}')}.${encode('{"a":')}.`);
    expect(report.header).toEqual({ alg: 'none' });
    expect(report.notes).toEqual([{ code: 'bearer' }, { code: 'duplicate-member', part: 'header', name: 'alg', pointer: '' }]);
    // An empty signature is an unsigned token, not a decoding problem (the findings judge it).
    expect(report.problems).toEqual([{ place: 'payload', error: { code: 'json-unexpected-end', position: 5 }, text: '{"a":' }]);
  });

  it.each([
    { name: 'a few more than are noted', repeats: MAX_DUPLICATE_NOTES + 3, omitted: 3 },
    { name: '100,000', repeats: 100_000, omitted: 100_000 - MAX_DUPLICATE_NOTES },
  ])('notes the first repeated names one by one and counts the rest: $name', ({ repeats, omitted }) => {
    const payload = `{${Array.from({ length: repeats + 1 }, () => '"a":1').join(',')}}`;
    const report = inspectToken(`${encode(HEADER)}.${encode(payload)}.c2ln`);
    const listed = report.notes.filter((note) => note.code === 'duplicate-member');
    expect(listed).toHaveLength(MAX_DUPLICATE_NOTES);
    expect(report.notes.at(-1)).toEqual({ code: 'duplicate-members-omitted', part: 'payload', count: omitted });
    const payloadPart = report.decoded.kind === 'jws' ? report.decoded.parts[1].decoding : null;
    const content = payloadPart?.ok ? payloadPart.content : null;
    expect(content?.type === 'json' && content.duplicates.length).toBe(Math.min(repeats, MAX_DUPLICATE_MEMBERS));
  });

  it('gives the payload as text when it is not JSON, and nothing for an empty input', () => {
    expect(inspectToken(`${encode(HEADER)}.${encode('hello')}.c2ln`).payloadText).toBe('hello');
    expect(inspectToken('  ')).toMatchObject({ decoded: { kind: 'empty' }, header: null, payloadJson: null, problems: [] });
  });

  it('takes the token out of a larger text, says where from, and points its parts into that text', () => {
    const text = `curl -H "Authorization: Bearer ${TOKEN}" https://api.example.com/v1/me`;
    const report = inspectToken(text);
    expect(report.decoded.kind).toBe('jws');
    expect(report.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(report.extraction).toMatchObject({ source: 'curl', chosen: 0, candidates: [{ index: 0, kind: 'jws', start: text.indexOf(TOKEN) }] });
    expect(report.decoded.kind !== 'empty' && report.decoded.parts.map((part) => text.slice(part.start, part.end))).toEqual(TOKEN.split('.'));
    // The Bearer word and the quotes are the text's, not wrapping that was stripped.
    expect(report.notes).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('decodes the first of several tokens and another on request', () => {
    const idToken = `${encode(HEADER)}.${encode('{"sub":"id","nonce":"n"}')}.c2ln`;
    const report = inspectToken(`{"access_token":"${TOKEN}","id_token":"${idToken}"}`);
    expect(report.extraction?.candidates.map((candidate) => candidate.name)).toEqual(['access_token', 'id_token']);
    expect(report.payload).toMatchObject({ sub: '사용자' });
    const second = chooseTokenCandidate(report, 1);
    expect(second.payload).toEqual({ sub: 'id', nonce: 'n' });
    expect(second.extraction).toMatchObject({ source: 'json', chosen: 1, candidates: report.extraction?.candidates });
    expect(chooseTokenCandidate(second, 0).payload).toMatchObject({ sub: '사용자' });
    expect(chooseTokenCandidate(report, 0)).toBe(report);
    expect(chooseTokenCandidate(report, 7)).toBe(report);
    expect(chooseTokenCandidate(inspectToken(TOKEN), 1).extraction).toBeNull();
  });

  it.each([
    { name: 'a bare token', text: TOKEN, kind: 'jws' },
    { name: 'a malformed token with markup after it', text: `${TOKEN}<b>`, kind: 'jws' },
    { name: 'words with no token in them', text: 'abc def.ghi.jkl', kind: 'jws' },
    { name: 'JSON with no token in it', text: '{"a": 1}', kind: 'malformed' },
  ])('decodes $name as a whole, as before', ({ text, kind }) => {
    const report = inspectToken(text);
    expect(report.extraction).toBeNull();
    expect(report.decoded.kind).toBe(kind);
  });

  it('says when a long text was searched only in part', () => {
    const text = `token=${TOKEN} ${'key: value, '.repeat(MAX_SEARCH_CHARS / 10)}`;
    const report = inspectToken(text);
    expect(report.extraction?.source).toBe('text');
    expect(report.notes).toEqual([{ code: 'search-limited', searchedChars: expect.any(Number) as number }]);
    expect(chooseTokenCandidate(report, 0).notes).toEqual(report.notes);
  });

  it('gives what decoded of a part before a bad base64url character as partial text', () => {
    const payload = encode('{"sub":"1234567890","name":"someone"}');
    const report = inspectToken(`${encode(HEADER)}.${payload.slice(0, 22)}*${payload.slice(23)}.c2ln`);
    expect(report.payload).toBeNull();
    expect(report.partialText).toEqual({ payload: '{"sub":"1234567' });
    expect(report.problems).toEqual([{ place: 'payload', error: { code: 'base64-invalid-character', position: 22, character: '*' }, text: '{"sub":"1234567' }]);
  });
});

