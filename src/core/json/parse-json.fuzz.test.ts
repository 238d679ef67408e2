import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLikeText } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { describeCharacter } from './json-error';
import { MAX_JSON_DEPTH, parseJson, scanJson } from './parse-json';

/** JSON.parse's verdict, the oracle: the value as text (own `__proto__` members included), or null when it throws. */
function engineReading(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return null;
  }
}

describe('parseJson and scanJson on any text (fuzz)', () => {
  it('agree with JSON.parse on every text within the depth limit, and place every error and duplicate inside the text', () => {
    fc.assert(
      fc.property(jsonLikeText, fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), (text, maxDepth) => {
        const parsed = withinTimeLimit('parseJson', () => parseJson(text, maxDepth));
        const scanned = withinTimeLimit('scanJson', () => scanJson(text, maxDepth));
        const expected = engineReading(text);
        expect(scanned.ok).toBe(parsed.ok);
        if (parsed.ok) {
          expect(JSON.stringify(parsed.value)).toBe(expected);
          for (const duplicate of parsed.duplicates) {
            ensure(text.charAt(duplicate.position) === '"', () => `duplicate at ${duplicate.position}`);
            ensure(duplicate.pointer === '' || duplicate.pointer.startsWith('/'), () => `duplicate pointer ${duplicate.pointer}`);
          }
          if (scanned.ok) expect(scanned.duplicates).toEqual(parsed.duplicates);
          return;
        }
        const { error } = parsed;
        if (!scanned.ok) expect(scanned.error).toEqual(error);
        if (error.code === 'json-too-deep') {
          expect(error.maxDepth).toBe(maxDepth ?? MAX_JSON_DEPTH);
          expect(text.charAt(error.position)).toMatch(/^[[{]$/);
        } else {
          expect(expected).toBeNull();
        }
        if (error.code === 'json-syntax') {
          expect(error.position).toBeGreaterThanOrEqual(0);
          expect(error.position).toBeLessThan(text.length);
          expect(error.found).toBe(describeCharacter(text, error.position));
        }
        if (error.code === 'json-unexpected-end') expect(error.position).toBe(text.length);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
