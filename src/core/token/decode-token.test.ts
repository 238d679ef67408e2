import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { MAX_JSON_DEPTH } from '../json/parse-json';
import { decodeToken, MAX_TOKEN_PARTS } from './decode-token';
import type { DecodedToken, PartDecoding, TokenPart } from './decoded-token';

// Core tests may not import src/testing (lint zone), so the RFC vectors are repeated here as data.
const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC7515_A1_KEY = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
const RFC7516_A1 =
  'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ';

const b64 = (text: string): string => encodeBase64Url(new TextEncoder().encode(text));
const b64Bytes = (bytes: number[]): string => encodeBase64Url(new Uint8Array(bytes));
const HEADER = b64('{"alg":"HS256","typ":"JWT"}');
const PAYLOAD = b64('{"sub":"1"}');
const SIGNATURE = b64Bytes(Array.from({ length: 32 }, (_, i) => i));

function partsOf(token: DecodedToken): TokenPart[] {
  return token.kind === 'empty' ? [] : token.parts;
}

function partNamed(token: DecodedToken, name: string): TokenPart {
  const part = partsOf(token).find((candidate) => candidate.name === name);
  if (!part) throw new Error(`no ${name} part in ${token.kind}`);
  return part;
}

function contentOf(decoding: PartDecoding) {
  if (!decoding.ok) throw new Error(`expected ok, got ${decoding.error.code}`);
  return decoding.content;
}

describe('decodeToken', () => {
  it('decodes the RFC 7515 A.1 token exactly', () => {
    const [header, payload, signature] = RFC7515_A1.split('.') as [string, string, string];
    const result = decodeToken(RFC7515_A1);
    expect(result).toEqual({
      kind: 'jws',
      normalisation: { text: RFC7515_A1, removedBearerPrefix: false, removedQuotes: false, removedInnerWhitespace: 0, removedInnerSpaces: 0 },
      signingInput: `${header}.${payload}`,
      parts: [
        {
          name: 'header',
          segment: header,
          start: 0,
          end: header.length,
          encodingNotes: [],
          decoding: {
            ok: true,
            bytes: new Uint8Array(Buffer.from(header, 'base64url')),
            content: { type: 'json', text: '{"typ":"JWT",\r\n "alg":"HS256"}', value: { typ: 'JWT', alg: 'HS256' }, duplicates: [] },
          },
        },
        {
          name: 'payload',
          segment: payload,
          start: header.length + 1,
          end: header.length + 1 + payload.length,
          encodingNotes: [],
          decoding: {
            ok: true,
            bytes: new Uint8Array(Buffer.from(payload, 'base64url')),
            content: {
              type: 'json',
              text: '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
              value: { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true },
              duplicates: [],
            },
          },
        },
        {
          name: 'signature',
          segment: signature,
          start: RFC7515_A1.length - signature.length,
          end: RFC7515_A1.length,
          encodingNotes: [],
          decoding: { ok: true, bytes: new Uint8Array(Buffer.from(signature, 'base64url')), content: { type: 'bytes' } },
        },
      ],
    });
  });

  it('gives the RFC 7515 A.1 signing input that the RFC key signs', () => {
    const result = decodeToken(RFC7515_A1);
    if (result.kind !== 'jws' || !result.parts[2].decoding.ok) throw new Error('expected a decoded JWS');
    expect(result.parts[2].decoding.bytes).toHaveLength(32);
    const mac = createHmac('sha256', Buffer.from(RFC7515_A1_KEY, 'base64url')).update(result.signingInput).digest();
    expect(new Uint8Array(mac)).toEqual(result.parts[2].decoding.bytes);
  });

  it.each(['', '   ', '\r\n\t', '""', "' '"])('returns empty for %j', (input) => {
    expect(decodeToken(input)).toEqual({ kind: 'empty' });
  });

  it('strips Bearer, quotes and line breaks, with ranges into the original input', () => {
    const [header, payload, signature] = RFC7515_A1.split('.') as [string, string, string];
    const wrapped = `${header.slice(0, 20)}\r\n${header.slice(20)}.${payload.slice(0, 50)}\n  ${payload.slice(50)}.\n${signature}`;
    const input = `  Bearer "${wrapped}"  \n`;
    const result = decodeToken(input);
    expect(result.kind).toBe('jws');
    if (result.kind !== 'jws') return;
    expect(result.normalisation).toEqual({
      text: RFC7515_A1,
      removedBearerPrefix: true,
      removedQuotes: true,
      removedInnerWhitespace: 6,
      removedInnerSpaces: 0,
    });
    expect(result.signingInput).toBe(`${header}.${payload}`);
    const [headerPart, payloadPart, signaturePart] = result.parts;
    expect(headerPart.start).toBe(input.indexOf('eyJ0'));
    expect(input.slice(headerPart.start, headerPart.end)).toBe(`${header.slice(0, 20)}\r\n${header.slice(20)}`);
    expect(input.slice(payloadPart.start, payloadPart.end)).toBe(`${payload.slice(0, 50)}\n  ${payload.slice(50)}`);
    expect(input.slice(signaturePart.start, signaturePart.end)).toBe(signature);
    expect(result.parts.map((part) => part.decoding.ok)).toEqual([true, true, true]);
  });

  it.each([
    {
      name: 'standard alphabet and padding in every part',
      token: 'eyJrIjoifn5+In0=.eyJrIjoifn4/In0=.AQ==',
      notes: [['standard-alphabet', 'padding'], ['standard-alphabet', 'padding'], ['padding']],
      values: [{ k: '~~~' }, { k: '~~?' }],
    },
    {
      name: 'non-zero trailing bits in the signature',
      token: `${HEADER}.${PAYLOAD}.AR`,
      notes: [[], [], ['non-zero-trailing-bits']],
      values: [{ alg: 'HS256', typ: 'JWT' }, { sub: '1' }],
    },
  ])('decodes $name, with notes', ({ token, notes, values }) => {
    const result = decodeToken(token);
    expect(result.kind).toBe('jws');
    expect(partsOf(result).map((part) => part.encodingNotes)).toEqual(notes);
    expect(partsOf(result).slice(0, 2).map((part) => contentOf(part.decoding))).toMatchObject(
      values.map((value) => ({ type: 'json', value })),
    );
  });

  it.each([
    { part: 'header', segment: 'eyJ*bGciOiJIUzI1NiJ9', error: { code: 'base64-invalid-character', position: 3, character: '*' }, partial: null },
    { part: 'header', segment: 'eyJhbGciOiJIUzI1NiJ9A', error: { code: 'base64-invalid-length', length: 21 }, partial: null },
    { part: 'payload', segment: 'eyJzdWIiOiIxIn0!', error: { code: 'base64-invalid-character', position: 15, character: '!' }, partial: '{"sub":"1' },
    { part: 'payload', segment: 'e', error: { code: 'base64-invalid-length', length: 1 }, partial: null },
    // Not `~`: after a JWS it starts an SD-JWT's disclosures (RFC 9901), tested below.
    { part: 'signature', segment: 'c2lnbmF0dXJl|', error: { code: 'base64-invalid-character', position: 12, character: '|' }, partial: 'signature' },
    { part: 'signature', segment: 'c2ln=bmF0', error: { code: 'base64-invalid-character', position: 4, character: '=' }, partial: 'sig' },
  ])('reports broken base64 in the $part ($segment), decodes it up to the bad character, and still decodes the others', ({ part, segment, error, partial }) => {
    const segments = { header: HEADER, payload: PAYLOAD, signature: SIGNATURE, [part]: segment };
    const result = decodeToken(`${segments.header}.${segments.payload}.${segments.signature}`);
    expect(result.kind).toBe('jws');
    for (const decoded of partsOf(result)) {
      if (decoded.name !== part) expect(decoded.decoding.ok).toBe(true);
      else if (partial === null) expect(decoded.decoding).toEqual({ ok: false, error });
      else expect(decoded.decoding).toEqual({ ok: false, error, bytes: new TextEncoder().encode(partial), text: partial, partial: true });
    }
  });

  it('keeps the bytes but no text when what decoded before the bad character is not UTF-8', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa]).toString('base64url');
    const result = decodeToken(`${HEADER}.${bytes}*.${SIGNATURE}`);
    const payload = partsOf(result)[1];
    expect(payload?.decoding).toMatchObject({ ok: false, partial: true, bytes: new Uint8Array([0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa]) });
    expect(payload?.decoding.ok === false && payload.decoding.text).toBeUndefined();
  });

  it.each([
    { name: 'a trailing comma', header: '{"alg":"HS256",}', error: { code: 'json-syntax', position: 15, found: '}' } },
    { name: 'plain text', header: 'hello', error: { code: 'json-syntax', position: 0, found: 'h' } },
    { name: 'almost a literal', header: 'not json', error: { code: 'json-syntax', position: 1, found: 'o' } },
    { name: 'a cut-off object', header: '{"alg":"HS2', error: { code: 'json-unexpected-end', position: 11 } },
    { name: 'a BOM', header: '\uFEFF{"alg":"none"}', error: { code: 'json-syntax', position: 0, found: 'U+FEFF' } },
    { name: 'an array', header: '[1]', error: { code: 'json-not-object', found: 'array' } },
    { name: 'a string', header: '"HS256"', error: { code: 'json-not-object', found: 'string' } },
    { name: 'null', header: 'null', error: { code: 'json-not-object', found: 'null' } },
    { name: 'a number', header: '1', error: { code: 'json-not-object', found: 'number' } },
  ])('reports a header that is $name, keeping its bytes and text', ({ header, error }) => {
    const result = decodeToken(`${b64(header)}.${PAYLOAD}.${SIGNATURE}`);
    expect(result.kind).toBe('jws');
    expect(partNamed(result, 'header').decoding).toEqual({
      ok: false,
      error,
      bytes: new TextEncoder().encode(header),
      text: header,
    });
    expect(partNamed(result, 'payload').decoding.ok).toBe(true);
  });

  it('reports an empty header as empty', () => {
    const result = decodeToken(`.${PAYLOAD}.${SIGNATURE}`);
    expect(partNamed(result, 'header').decoding).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it.each([
    { name: 'plain text', payload: 'Hello, world', content: { type: 'text', text: 'Hello, world' } },
    { name: 'RFC 7515 A.6-style text', payload: '$.02', content: { type: 'text', text: '$.02' } },
    { name: 'empty (detached content)', payload: '', content: { type: 'text', text: '' } },
    { name: 'a JSON number', payload: '42', content: { type: 'json', text: '42', value: 42, duplicates: [] } },
    { name: 'a JSON string', payload: '"hi"', content: { type: 'json', text: '"hi"', value: 'hi', duplicates: [] } },
  ])('keeps a payload that is $name', ({ payload, content }) => {
    const result = decodeToken(`${HEADER}.${b64(payload)}.${SIGNATURE}`);
    expect(partNamed(result, 'payload').decoding).toEqual({
      ok: true,
      bytes: new TextEncoder().encode(payload),
      content,
    });
  });

  it.each([
    { name: 'a trailing comma', payload: '{"sub":"1",}', error: { code: 'json-syntax', position: 11, found: '}' } },
    { name: 'a cut-off array', payload: '  [1,', error: { code: 'json-unexpected-end', position: 5 } },
  ])('reports a JSON-looking payload with $name as a JSON error, keeping its text', ({ payload, error }) => {
    const result = decodeToken(`${HEADER}.${b64(payload)}.${SIGNATURE}`);
    expect(partNamed(result, 'payload').decoding).toEqual({
      ok: false,
      error,
      bytes: new TextEncoder().encode(payload),
      text: payload,
    });
  });

  it.each([
    { part: 'header', bytes: [0x7b, 0xff, 0x7d], byteOffset: 1 },
    { part: 'header', bytes: [0x7b, 0x22, 0xc0, 0xaf, 0x22], byteOffset: 2 },
    { part: 'payload', bytes: [0x7b, 0x7d, 0xe2, 0x82], byteOffset: 2 },
    { part: 'payload', bytes: [0x63, 0x61, 0x66, 0xe9], byteOffset: 3 },
  ])('reports invalid UTF-8 in the $part at byte $byteOffset, keeping the bytes', ({ part, bytes, byteOffset }) => {
    const segment = b64Bytes(bytes);
    const token = part === 'header' ? `${segment}.${PAYLOAD}.${SIGNATURE}` : `${HEADER}.${segment}.${SIGNATURE}`;
    expect(partNamed(decodeToken(token), part).decoding).toEqual({
      ok: false,
      error: { code: 'utf8-invalid', byteOffset },
      bytes: new Uint8Array(bytes),
    });
  });

  it.each([
    {
      part: 'header',
      json: '{"alg":"HS256","alg":"none"}',
      duplicates: [{ pointer: '', name: 'alg', position: 15 }],
    },
    {
      part: 'payload',
      json: '{"sub":"1","org":{"role":"user","r\\u006fle":"admin"},"list":[{"x":1,"x":2}]}',
      duplicates: [
        { pointer: '/org', name: 'role', position: 32 },
        { pointer: '/list/0', name: 'x', position: 68 },
      ],
    },
  ])('lists duplicate member names in the $part', ({ part, json, duplicates }) => {
    const token = part === 'header' ? `${b64(json)}.${PAYLOAD}.${SIGNATURE}` : `${HEADER}.${b64(json)}.${SIGNATURE}`;
    const content = contentOf(partNamed(decodeToken(token), part).decoding);
    expect(content).toMatchObject({ type: 'json', duplicates });
  });

  it.each([
    { name: 'one part', token: HEADER, names: ['header'] },
    { name: 'two parts', token: `${HEADER}.${PAYLOAD}`, names: ['header', 'payload'] },
    { name: 'four parts', token: `${HEADER}.${PAYLOAD}.${SIGNATURE}.${SIGNATURE}`, names: ['header', 'payload', 'signature', 'signature'] },
    {
      name: 'six parts',
      token: `${HEADER}.${PAYLOAD}.${SIGNATURE}.AA.AA.AA`,
      names: ['header', 'payload', 'signature', 'signature', 'signature', 'signature'],
    },
    { name: 'a lone dot', token: '.', names: ['header', 'payload'] },
  ])('reports $name as malformed and still decodes each part', ({ token, names }) => {
    const result = decodeToken(token);
    expect(result.kind).toBe('malformed');
    if (result.kind !== 'malformed') return;
    expect(result.error).toEqual({ code: 'wrong-part-count', found: names.length });
    expect(result.parts.map((part) => part.name)).toEqual(names);
    if (token !== '.') {
      expect(contentOf(result.parts[0]!.decoding)).toMatchObject({ type: 'json', value: { alg: 'HS256', typ: 'JWT' } });
      if (names.length > 1) expect(contentOf(result.parts[1]!.decoding)).toMatchObject({ value: { sub: '1' } });
      for (const extra of result.parts.slice(2)) expect(extra.decoding).toMatchObject({ ok: true, content: { type: 'bytes' } });
    }
  });

  it.each([
    { name: 'a million dots', text: '.'.repeat(1_000_000), found: 1_000_001 },
    { name: '`a.` 200,000 times', text: 'a.'.repeat(200_000), found: 200_001 },
    { name: 'one part more than the cap', text: Array.from({ length: MAX_TOKEN_PARTS + 1 }, () => 'AA').join('.'), found: MAX_TOKEN_PARTS + 1 },
  ])('decodes only the first MAX_TOKEN_PARTS parts of $name and counts the rest', ({ text, found }) => {
    const result = decodeToken(text);
    expect(result.kind).toBe('malformed');
    if (result.kind !== 'malformed') return;
    expect(result.error).toEqual({ code: 'wrong-part-count', found });
    expect(result.parts).toHaveLength(MAX_TOKEN_PARTS);
    expect(result.omittedParts).toBe(found - MAX_TOKEN_PARTS);
    const last = result.parts.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe(last.segment);
  });

  it('lists every part, omitting none, up to the cap', () => {
    const result = decodeToken(Array.from({ length: MAX_TOKEN_PARTS }, () => 'AA').join('.'));
    expect(result).toMatchObject({ kind: 'malformed', error: { found: MAX_TOKEN_PARTS }, omittedParts: 0 });
    expect(partsOf(result)).toHaveLength(MAX_TOKEN_PARTS);
  });

  it('decodes the RFC 7516 A.1 JWE: header as JSON, the rest as bytes', () => {
    const result = decodeToken(RFC7516_A1);
    expect(result.kind).toBe('jwe');
    if (result.kind !== 'jwe') return;
    expect(result.parts.map((part) => part.name)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    expect(contentOf(result.parts[0].decoding)).toMatchObject({ type: 'json', value: { alg: 'RSA-OAEP', enc: 'A256GCM' } });
    expect(result.parts.slice(1).map((part) => part.decoding.ok && part.decoding.bytes.length)).toEqual([256, 12, 63, 16]);
    expect(result.parts.slice(1).map((part) => part.decoding.ok && part.decoding.content.type)).toEqual(['bytes', 'bytes', 'bytes', 'bytes']);
    const ends = result.parts.map((part) => [part.start, part.end]);
    expect(ends[0]).toEqual([0, RFC7516_A1.indexOf('.')]);
    expect(ends[4]?.[1]).toBe(RFC7516_A1.length);
  });

  it.each([
    { name: 'an empty encrypted key (dir)', segments: ['', 'AAAA', 'AAAA', 'AAAA'], errors: [null, null, null, null] },
    { name: 'an empty IV', segments: ['AAAA', '', 'AAAA', 'AAAA'], errors: [null, null, null, null] },
    { name: 'an empty ciphertext', segments: ['', 'AAAA', '', 'AAAA'], errors: [null, null, 'empty', null] },
    { name: 'an empty tag', segments: ['', 'AAAA', 'AAAA', ''], errors: [null, null, null, 'empty'] },
  ])('decodes a JWE with $name', ({ segments, errors }) => {
    const result = decodeToken([b64('{"alg":"dir","enc":"A256GCM"}'), ...segments].join('.'));
    expect(result.kind).toBe('jwe');
    expect(partsOf(result).slice(1).map((part) => (part.decoding.ok ? null : part.decoding.error.code))).toEqual(errors);
    const encryptedKey = partNamed(result, 'encrypted-key').decoding;
    if (segments[0] === '') expect(encryptedKey).toEqual({ ok: true, bytes: new Uint8Array(0), content: { type: 'bytes' } });
  });

  it('accepts an empty signature as 0 bytes (an unsecured JWS)', () => {
    const result = decodeToken(`${b64('{"alg":"none"}')}.${PAYLOAD}.`);
    expect(result.kind).toBe('jws');
    expect(partNamed(result, 'signature').decoding).toEqual({ ok: true, bytes: new Uint8Array(0), content: { type: 'bytes' } });
  });

  it('keeps markup inside a claim as plain data', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const result = decodeToken(`${HEADER}.${b64(JSON.stringify({ name: markup, '<b>': '</script>' }))}.${SIGNATURE}`);
    expect(contentOf(partNamed(result, 'payload').decoding)).toMatchObject({ value: { name: markup, '<b>': '</script>' } });
  });

  it('reports 100k nested brackets in the payload as too deep without throwing', () => {
    const deep = '['.repeat(100_000);
    const result = decodeToken(`${HEADER}.${b64(deep)}.${SIGNATURE}`);
    expect(partNamed(result, 'payload').decoding).toMatchObject({
      ok: false,
      error: { code: 'json-too-deep', position: MAX_JSON_DEPTH, maxDepth: MAX_JSON_DEPTH },
      text: deep,
    });
  });

  it('still splits and decodes when the text has characters outside base64url', () => {
    const result = decodeToken(`${HEADER}.${PAYLOAD}.sig<script>`);
    expect(result.kind).toBe('jws');
    expect(partNamed(result, 'signature').decoding).toEqual({
      ok: false,
      error: { code: 'base64-invalid-character', position: 3, character: '<' },
    });
    expect(partNamed(result, 'payload').decoding.ok).toBe(true);
  });

  it.each([
    { name: 'an SD-JWT with disclosures', tail: '~WyJzYWx0IiwgIm5hbWUiLCAidmFsdWUiXQ~WyJzYWx0IiwgMV0~' },
    { name: 'an SD-JWT+KB', tail: `~WyJzYWx0IiwgMV0~${HEADER}.${PAYLOAD}.${SIGNATURE}` },
    { name: 'an SD-JWT without disclosures', tail: '~' },
  ])('decodes the issuer-signed JWT of $name as a JWS and keeps the rest in the normalised text', ({ tail }) => {
    const input = `${HEADER}.${PAYLOAD}.${SIGNATURE}${tail}`;
    const result = decodeToken(input);
    expect(result.kind).toBe('jws');
    if (result.kind !== 'jws') return;
    expect(result.parts.map((part) => [part.segment, part.decoding.ok])).toEqual([
      [HEADER, true],
      [PAYLOAD, true],
      [SIGNATURE, true],
    ]);
    expect(result.parts[2].end).toBe(input.length - tail.length);
    expect(result.signingInput).toBe(`${HEADER}.${PAYLOAD}`);
    expect(result.normalisation.text).toBe(input);
  });

  const tokenish = fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'eyJhbGciOiJIUzI1NiJ9AQ-_+/=') },
      { weight: 2, arbitrary: fc.constantFrom('.', ' ', '\n', '\r\n', '"', "'", '`', 'Bearer ', '\u00A0') },
      { weight: 1, arbitrary: fc.nat(0xffff).map((code) => String.fromCharCode(code)) },
    ),
    maxLength: 80,
  });

  it('never throws, and keeps every part inside the input and in order', () => {
    fc.assert(
      fc.property(fc.oneof(tokenish, fc.string()), (input) => {
        const result = decodeToken(input);
        let previousEnd = 0;
        for (const part of partsOf(result)) {
          expect(part.start).toBeGreaterThanOrEqual(previousEnd);
          expect(part.end).toBeGreaterThanOrEqual(part.start);
          expect(part.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(part.start, part.end).replace(/\s/g, '')).toBe(part.segment);
          previousEnd = part.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any JSON object header and payload it is given', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (header, payload) => {
        const result = decodeToken(`${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.`);
        expect(result.kind).toBe('jws');
        expect(contentOf(partNamed(result, 'header').decoding)).toMatchObject({ type: 'json', value: JSON.parse(JSON.stringify(header)) as unknown });
        expect(contentOf(partNamed(result, 'payload').decoding)).toMatchObject({ type: 'json', value: JSON.parse(JSON.stringify(payload)) as unknown });
      }),
    );
  });
});
