import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../json/parse-json';
import { isJsonObject } from '../json/json-value';
import { base64UrlOfText, decoderInput, hostileText, jsonObjectText, jsonText } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { findTokensInText, MAX_CANDIDATES, type TokenSource } from './find-tokens-in-text';

const SOURCES: ReadonlySet<string> = new Set(
  Object.keys({ 'authorization-header': 0, cookie: 0, curl: 0, http: 0, json: 0, url: 0, text: 0 } satisfies Record<TokenSource, 0>),
);

/** Text that ends right before a token, each with a character no token holds last. */
const BEFORE = [' Authorization: Bearer ', '\n{"id_token":"', '?access_token=', '\nCookie: s=', ' curl -H "Authorization: Bearer ', ': '];
const AFTER = ['"', '\n', '&x=1', ';', ' '];

/** A header the search must recognise: base64url of a JSON object (starting `{"`, so its text starts `eyJ`) without a string `enc`. */
function isSearchableHeader(headerText: string): boolean {
  const parsed = parseJson(new TextDecoder().decode(new TextEncoder().encode(headerText)));
  return base64UrlOfText(headerText).startsWith('eyJ') && parsed.ok && isJsonObject(parsed.value) && typeof parsed.value.enc !== 'string';
}

describe('findTokensInText on any text (fuzz)', () => {
  it('lists distinct candidates in order, each a slice of the text, within the caps', () => {
    fc.assert(
      fc.property(decoderInput, (text) => {
        const search = withinTimeLimit('findTokensInText', () => findTokensInText(text));
        if (search.kind === 'token') return;
        expect(search.candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        expect(search.searchedChars).toBeLessThanOrEqual(text.length);
        expect(search.limited).toBe(search.searchedChars < text.length);
        let previousEnd = -1;
        const seen = new Set<string>();
        for (const [index, candidate] of search.candidates.entries()) {
          const where = () => `candidate ${index} [${candidate.start}, ${candidate.end})`;
          ensure(candidate.index === index && candidate.start >= previousEnd + 1 && candidate.end > candidate.start && candidate.end <= text.length, where);
          ensure(text.slice(candidate.start, candidate.end) === candidate.token && !seen.has(candidate.token), where);
          ensure(candidate.token.split('.').length === (candidate.kind === 'jwe' ? 5 : 3) && candidate.token.startsWith('eyJ'), where);
          ensure(SOURCES.has(candidate.source) && (candidate.name === null || typeof candidate.name === 'string'), where);
          seen.add(candidate.token);
          previousEnd = candidate.end;
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('finds a token set off by punctuation inside any text, where it is', () => {
    fc.assert(
      fc.property(
        hostileText(40),
        fc.constantFrom(...BEFORE),
        jsonObjectText.map((tree) => (tree === '{}' ? '{"alg":0}' : `{"alg":0,${tree.slice(1)}`)).filter(isSearchableHeader),
        fc.oneof(jsonText, hostileText(20)),
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom(...AFTER),
        hostileText(40),
        (prefix, before, headerText, payloadText, signature, after, suffix) => {
          const token = `${base64UrlOfText(headerText)}.${base64UrlOfText(payloadText)}.${Buffer.from(signature).toString('base64url')}`;
          const start = prefix.length + before.length;
          const text = `${prefix}${before}${token}${after}${suffix}`;
          const search = withinTimeLimit('findTokensInText', () => findTokensInText(text));
          expect(search.kind).toBe('text');
          if (search.kind !== 'text') return;
          expect(search.candidates).toContainEqual(expect.objectContaining({ start, end: start + token.length, kind: 'jws', token }));
        },
      ),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
