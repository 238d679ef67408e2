import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../core/inspect-token';
import { JWE_RFC7516_A1_TOKEN, makeUnsignedToken } from '../../../testing/fixtures/tokens';
import { LEARN_EXAMPLE_TOKEN } from '../example-token';
import { anchorElementId, anchorHref, readAnchorPath } from './anatomy-anchor';
import { findAnchorTarget, MAX_ANNOTATED_MEMBERS, readAnatomy } from './read-anatomy';
import { readSignatureShape } from './read-signature-shape';

const anatomyOf = (token: string) => readAnatomy(inspectToken(token));

describe('readAnatomy', () => {
  it.each([
    { name: 'a JWS', token: LEARN_EXAMPLE_TOKEN, kind: 'jws', parts: ['header', 'payload', 'signature'] },
    { name: 'a JWE', token: JWE_RFC7516_A1_TOKEN, kind: 'jwe', parts: ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'] },
    { name: 'two parts', token: 'eyJhbGciOiJub25lIn0.e30', kind: 'malformed', parts: ['header', 'payload'] },
    { name: 'nothing', token: '', kind: 'empty', parts: [] },
  ])('has one record per part of $name', ({ token, kind, parts }) => {
    const anatomy = anatomyOf(token);
    expect(anatomy.kind).toBe(kind);
    expect(anatomy.records.map((record) => record.part)).toEqual(parts);
  });

  it('locates each top-level member in the segment and the bytes, with its decoded text and date', () => {
    const payload = anatomyOf(LEARN_EXAMPLE_TOKEN).records[1]!;
    expect(payload.members.map((member) => member.name)).toEqual(['sub', 'name', 'role', 'iat', 'exp']);
    const exp = payload.members.find((member) => member.name === 'exp')!;
    expect(exp).toMatchObject({ anchor: 'payload/exp', pointer: '/exp', json: { text: '"exp":4102444800', omitted: 0 }, seconds: 4_102_444_800 });
    expect(exp.glossary.match).toBe('exact');
    expect(exp.bytes.end - exp.bytes.start).toBe('"exp":4102444800'.length);
    const name = payload.members.find((member) => member.name === 'name')!;
    // Three Hangul syllables, 3 UTF-8 bytes each.
    expect(name.json.text).toBe('"name":"김하늘"');
    expect(name.bytes.end - name.bytes.start).toBe(9 + 9);
    expect(payload.members.find((member) => member.name === 'sub')!.seconds).toBeNull();
    // Bytes [1, 15) of `{"sub":"user-7",…`: byte 1 starts at bit 8, inside character 1; byte 15 ends at bit 120, the end of character 19.
    expect(payload.members[0]).toMatchObject({ bytes: { start: 1, end: 15 }, chars: { start: 1, end: 20 }, partialStart: true, partialEnd: false });
    expect(payload.members.map((member) => [member.partialStart, member.partialEnd])).toEqual([
      [true, false],
      [true, true],
      [true, false],
      [true, true],
      [false, true],
    ]);
  });

  it.each([
    { name: 'a registered claim', payload: { exp: 1 }, anchors: ['payload/exp'] },
    { name: 'a private claim, by its place', payload: { secret_project: 'x', sub: 'a' }, anchors: ['payload/member-1', 'payload/sub'] },
    { name: 'a name repeated', payload: '{"sub":"a","sub":"b"}', anchors: ['payload/sub', 'payload/member-2'] },
  ])('anchors $name with no name the token chose', ({ payload, anchors }) => {
    const anatomy = anatomyOf(makeUnsignedToken({ alg: 'none' }, payload));
    expect(anatomy.records[1]!.members.map((member) => member.anchor)).toEqual(anchors);
  });

  it('annotates at most MAX_ANNOTATED_MEMBERS members and says there are more', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ANNOTATED_MEMBERS + 5 }, (_, index) => [`c${index}`, index]));
    const payload = anatomyOf(makeUnsignedToken({ alg: 'none' }, many)).records[1]!;
    expect(payload.members).toHaveLength(MAX_ANNOTATED_MEMBERS);
    expect(payload.moreMembers).toBe(true);
  });

  it('keeps each part’s problems with it, and the structure’s apart', () => {
    const anatomy = anatomyOf('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4I!!.c2ln.x');
    expect(anatomy.structure).toEqual({ code: 'wrong-part-count', found: 4 });
    expect(anatomy.records.map((record) => record.problems.map((problem) => problem.error.code))).toEqual([[], ['base64-invalid-character'], []]);
    expect(anatomy.records[1]!.byteLength).toBeNull();
  });
});

describe('findAnchorTarget', () => {
  const anatomy = anatomyOf(LEARN_EXAMPLE_TOKEN);
  it.each([
    { anchor: 'payload/exp', target: { part: 'payload', anchor: 'payload/exp' } },
    { anchor: 'header/alg', target: { part: 'header', anchor: 'header/alg' } },
    { anchor: 'signature/bytes', target: { part: 'signature', anchor: 'signature/bytes' } },
    { anchor: 'payload/nbf', target: { part: 'payload', anchor: 'payload' } },
    { anchor: 'tag', target: null },
    { anchor: '', target: null },
  ])('finds $anchor', ({ anchor, target }) => {
    expect(findAnchorTarget(anatomy, anchor)).toEqual(target);
  });
});

describe('anchors', () => {
  it.each([
    { anchor: 'payload/exp', href: '#/learn/payload/exp', id: 'anatomy-payload-exp' },
    { anchor: 'signature/bytes', href: '#/learn/signature/bytes', id: 'anatomy-signature-bytes' },
    { anchor: 'payload/cognito:groups', href: '#/learn/payload/cognito%3Agroups', id: 'anatomy-payload-cognito:groups' },
  ])('$anchor is linked as $href', ({ anchor, href, id }) => {
    expect(anchorHref(anchor)).toBe(href);
    expect(anchorElementId(anchor)).toBe(id);
    expect(readAnchorPath(href.slice('#/learn/'.length))).toBe(anchor);
  });
});

describe('readSignatureShape', () => {
  it.each([
    { alg: 'HS384', shape: { family: 'hmac', hash: 'SHA-384', expectedBytes: 48 } },
    { alg: 'PS256', shape: { family: 'rsa-pss', hash: 'SHA-256' } },
    { alg: 'ES512', shape: { family: 'ecdsa', hash: 'SHA-512', curve: 'P-521', halfBytes: 66 } },
    { alg: 'EdDSA', shape: { family: 'eddsa' } },
    { alg: 'none', shape: { family: 'none' } },
    { alg: 'toString', shape: { family: 'unknown' } },
    { alg: 42, shape: { family: 'unknown' } },
  ])('$alg', ({ alg, shape }) => {
    expect(readSignatureShape(alg)).toEqual(shape);
  });
});
