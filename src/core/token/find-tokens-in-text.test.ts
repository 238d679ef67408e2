import { describe, expect, it } from 'vitest';
import { findTokensInText, MAX_CANDIDATES, MAX_SEARCH_CHARS, type TokenCandidate, type TokenSearch } from './find-tokens-in-text';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const jws = (payload: unknown, signature = 'c2lnbmF0dXJl') => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}.${signature}`;
const jwe = () => [b64({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), 'ZW5jcnlwdGVkLWtleQ', 'aXYtaXYtaXYtaXY', 'Y2lwaGVydGV4dA', 'dGFnLXRhZy10YWc'].join('.');

const ACCESS = jws({ sub: 'access', scope: 'read' });
const ID = jws({ sub: 'id', nonce: 'n-0S6_WzA2Mj' });
const JWE = jwe();

function searched(search: TokenSearch): Extract<TokenSearch, { kind: 'text' }> {
  if (search.kind !== 'text') throw new Error('the text was read as one token');
  return search;
}

/** What a table row checks of each candidate; the range is checked against the text separately. */
function summary(candidate: TokenCandidate) {
  return { kind: candidate.kind, source: candidate.source, name: candidate.name, token: candidate.token };
}

describe('findTokensInText: a text that is itself a token is left whole', () => {
  const [header = '', payload = '', signature = ''] = ACCESS.split('.');
  it.each([
    { name: 'a bare JWS', text: ACCESS },
    { name: 'a bare JWE', text: JWE },
    { name: 'a Bearer prefix, indentation and line breaks', text: `  Bearer ${ACCESS.slice(0, 25)}\n${ACCESS.slice(25, 70)}\r\n${ACCESS.slice(70)}\n` },
    { name: 'quotes', text: `"${ACCESS}"` },
    { name: 'Bearer then quotes', text: `Bearer '${ACCESS}'` },
    { name: 'spaces inside the signature', text: `${header}.${payload}.${signature.slice(0, 4)} ${signature.slice(4)}` },
    { name: 'bad base64 characters in the payload', text: `${header}.${payload.slice(0, 10)}!*%${payload.slice(10)}.${signature}` },
    { name: 'markup after the signature', text: `${ACCESS}<script>` },
    { name: 'standard base64 with padding', text: `${header}==.${payload}.ab+/cd==` },
    { name: 'a single part', text: header },
    { name: 'four parts', text: `${ACCESS}.${signature}` },
    { name: 'an empty text', text: '' },
    { name: 'only whitespace', text: ' \n\t' },
  ])('$name', ({ text }) => {
    expect(findTokensInText(text)).toEqual({ kind: 'token' });
  });
});

describe('findTokensInText: tokens inside a larger text', () => {
  it.each([
    {
      name: 'an Authorization header',
      text: `Authorization: Bearer ${ACCESS}`,
      found: [{ kind: 'jws', source: 'authorization-header', name: null, token: ACCESS }],
    },
    {
      name: 'a lower-case authorization header without a space',
      text: `authorization:Bearer ${ACCESS}\n`,
      found: [{ kind: 'jws', source: 'authorization-header', name: null, token: ACCESS }],
    },
    {
      name: 'a Cookie header',
      text: `Cookie: theme=dark; session=${ACCESS}; lang=ko`,
      found: [{ kind: 'jws', source: 'cookie', name: 'session', token: ACCESS }],
    },
    {
      name: 'a Set-Cookie header',
      text: `Set-Cookie: id=${ID}; Path=/; Secure; HttpOnly`,
      found: [{ kind: 'jws', source: 'cookie', name: 'id', token: ID }],
    },
    {
      name: 'a curl line, whose URL has dots',
      text: `curl -H "Authorization: Bearer ${ACCESS}" https://api.example.com/v1/me`,
      found: [{ kind: 'jws', source: 'curl', name: null, token: ACCESS }],
    },
    {
      name: 'a curl command over continued lines',
      text: `$ curl https://api.example.com/v1/me.json \\\n  -H 'Accept: application/json' \\\n  -H "Authorization: Bearer ${ACCESS}"`,
      found: [{ kind: 'jws', source: 'curl', name: null, token: ACCESS }],
    },
    {
      name: 'a raw HTTP request with a custom header',
      text: `GET /v1/me HTTP/1.1\r\nHost: api.example.com\r\nX-Api-Token: ${ACCESS}\r\n\r\n`,
      found: [{ kind: 'jws', source: 'http', name: null, token: ACCESS }],
    },
    {
      name: 'a raw HTTP request with an Authorization header',
      text: `POST /token HTTP/2\r\nAuthorization: Bearer ${ID}\r\n\r\n`,
      found: [{ kind: 'jws', source: 'authorization-header', name: null, token: ID }],
    },
    {
      name: 'an HTTP response with a JSON body',
      text: `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"access_token":"${ACCESS}","token_type":"Bearer"}`,
      found: [{ kind: 'jws', source: 'json', name: 'access_token', token: ACCESS }],
    },
    {
      name: 'a token response with access, id and refresh tokens (the repeated one listed once)',
      text: `{\n  "access_token": "${ACCESS}",\n  "id_token" : "${ID}",\n  "refresh_token": "${ACCESS}",\n  "expires_in": 3600\n}`,
      found: [
        { kind: 'jws', source: 'json', name: 'access_token', token: ACCESS },
        { kind: 'jws', source: 'json', name: 'id_token', token: ID },
      ],
    },
    {
      name: 'a URL fragment parameter',
      text: `https://app.example.com/callback#id_token=${ID}&state=af0ifjsldkj`,
      found: [{ kind: 'jws', source: 'url', name: 'id_token', token: ID }],
    },
    {
      name: 'a URL query parameter',
      text: `https://app.example.com/cb.html?code=SplxlOBeZQQYbYS6WxSbIA&token=${ACCESS}`,
      found: [{ kind: 'jws', source: 'url', name: 'token', token: ACCESS }],
    },
    {
      name: 'a whole URL fragment',
      text: `https://app.example.com/#${ACCESS}`,
      found: [{ kind: 'jws', source: 'url', name: null, token: ACCESS }],
    },
    {
      name: 'a log line',
      text: `2026-01-01T10:00:00.123Z INFO auth.service user=alice token=${ACCESS} took 3.5ms`,
      found: [{ kind: 'jws', source: 'text', name: 'token', token: ACCESS }],
    },
    {
      name: 'words before the token',
      text: `here is the token ${ACCESS} thanks`,
      found: [{ kind: 'jws', source: 'text', name: null, token: ACCESS }],
    },
    {
      name: 'two tokens on two lines',
      text: `${ACCESS}\n${ID}`,
      found: [
        { kind: 'jws', source: 'text', name: null, token: ACCESS },
        { kind: 'jws', source: 'text', name: null, token: ID },
      ],
    },
    {
      name: 'a JWE and a JWS, in order',
      text: `encrypted: ${JWE}\nsigned: ${ACCESS}.`,
      found: [
        { kind: 'jwe', source: 'text', name: null, token: JWE },
        { kind: 'jws', source: 'text', name: null, token: ACCESS },
      ],
    },
    {
      name: '"Bearer:" with a colon',
      text: `Bearer: ${ACCESS}`,
      found: [{ kind: 'jws', source: 'text', name: null, token: ACCESS }],
    },
    {
      name: 'an SD-JWT+KB in a JSON body (its disclosures and key-binding JWT with it)',
      text: `{"vp_token": "${ACCESS}~WyJzIiwgImEiLCAxXQ~${ID}", "state": "x"}`,
      found: [{ kind: 'jws', source: 'json', name: 'vp_token', token: `${ACCESS}~WyJzIiwgImEiLCAxXQ~${ID}` }],
    },
    {
      name: 'an SD-JWT ending with ~ in a log line, then a JWS',
      text: `credential=${ID}~WyJzIiwgMV0~ next ${ACCESS}`,
      found: [
        { kind: 'jws', source: 'text', name: 'credential', token: `${ID}~WyJzIiwgMV0~` },
        { kind: 'jws', source: 'text', name: null, token: ACCESS },
      ],
    },
    { name: 'a URL with dots and no token', text: 'https://api.example.com/v1/a.b.c.d/e.f.g.h.i?x=y.z', found: [] },
    { name: 'an eyJ segment that is not JSON', text: `value: eyJub3Q.${b64('{}')}.c2ln`, found: [] },
    { name: 'a JWE header with only three segments', text: `x=${b64({ alg: 'dir', enc: 'A128GCM' })}.YWJj.ZGVm`, found: [] },
    { name: 'a segment of impossible length', text: `x=${b64({ alg: 'HS256' })}.${b64({})}.abcde`, found: [] },
  ])('$name', ({ text, found }) => {
    const search = searched(findTokensInText(text));
    expect(search.candidates.map(summary)).toEqual(found);
    expect(search.limited).toBe(false);
    for (const [index, candidate] of search.candidates.entries()) {
      expect(candidate.index).toBe(index);
      expect(text.slice(candidate.start, candidate.end)).toBe(candidate.token);
    }
  });

  it('finds two tokens in a 1 MB log, with their offsets', () => {
    const line = '2026-01-01T10:00:00Z INFO GET https://api.example.com/v1/items?page=2 200 12.5ms\n';
    const lines = Array.from({ length: Math.ceil(1_000_000 / line.length) }, () => line);
    lines[100] = `2026-01-01T10:00:01Z DEBUG Authorization: Bearer ${ACCESS}\n`;
    lines[9_000] = `2026-01-01T10:00:02Z DEBUG id_token=${ID}\n`;
    const log = lines.join('');
    const search = searched(findTokensInText(log));
    expect(search.candidates.map(summary)).toEqual([
      { kind: 'jws', source: 'text', name: null, token: ACCESS },
      { kind: 'jws', source: 'text', name: 'id_token', token: ID },
    ]);
    expect(search.candidates.map((candidate) => log.slice(candidate.start, candidate.end))).toEqual([ACCESS, ID]);
    expect(search).toMatchObject({ searchedChars: log.length, limited: false });
  });

  it('searches a 20 MB paste only up to the cap, in linear time, and says so', () => {
    const filler = 'word: value; other=thing & more.dots.here ';
    const text = `token=${ACCESS} ${filler.repeat(Math.ceil(20_000_000 / filler.length))} late=${ID}`;
    const started = performance.now();
    const search = searched(findTokensInText(text));
    const elapsed = performance.now() - started;
    expect(search.candidates.map((candidate) => candidate.token)).toEqual([ACCESS]);
    expect(search.limited).toBe(true);
    expect(search.searchedChars).toBeGreaterThanOrEqual(MAX_SEARCH_CHARS);
    expect(search.searchedChars).toBeLessThan(text.length);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('reads a 20 MB token as one token quickly', () => {
    const text = `${b64({ alg: 'HS256' })}.${'A'.repeat(20_000_000)}.c2ln`;
    const started = performance.now();
    expect(findTokensInText(text)).toEqual({ kind: 'token' });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it(`stops after ${MAX_CANDIDATES} distinct tokens and says where`, () => {
    const tokens = Array.from({ length: MAX_CANDIDATES + 5 }, (_, index) => jws({ n: index }));
    const text = tokens.map((token, index) => `t${index}=${token}`).join('\n');
    const search = searched(findTokensInText(text));
    expect(search.candidates).toHaveLength(MAX_CANDIDATES);
    expect(search.limited).toBe(true);
    expect(search.searchedChars).toBe(text.indexOf(tokens[MAX_CANDIDATES] ?? ''));
  });
});
