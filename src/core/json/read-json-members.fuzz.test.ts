import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonText, jsonLikeText } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { appendPointerToken } from './json-pointer';
import { createJsonLexer } from './lex-json';
import { MAX_JSON_MEMBERS, readJsonMembers, type JsonMemberOptions } from './read-json-members';

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** How many member names the text holds before its first error (the top level's only, if asked). */
function countNames(text: string, topLevelOnly: boolean): number {
  const lexer = createJsonLexer(text);
  let count = 0;
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) if (kind === 'member-name' && (!topLevelOnly || lexer.depth === 1)) count++;
  return count;
}

/** The options the decoder (defaults), the findings and the encoder (top level, no cap) and a small cap read members with. */
const options: fc.Arbitrary<JsonMemberOptions> = fc.oneof(
  fc.constant({}),
  fc.constant({ topLevelOnly: true, maxMembers: Number.POSITIVE_INFINITY }),
  fc.record({ maxMembers: fc.integer({ min: 0, max: 5 }), topLevelOnly: fc.boolean() }),
);

describe('readJsonMembers on any text (fuzz)', () => {
  it('places every member it returns inside the text, in order, with its UTF-8 bytes, and counts them all unless capped', () => {
    fc.assert(
      fc.property(jsonLikeText, options, (text, memberOptions) => {
        const reading = withinTimeLimit('readJsonMembers', () => readJsonMembers(text, memberOptions));
        const maxMembers = memberOptions.maxMembers ?? MAX_JSON_MEMBERS;
        const { members } = reading;
        expect(members.length).toBeLessThanOrEqual(maxMembers);
        // A member cut off by an error is dropped, so a truncated reading may hold fewer.
        if (reading.truncated && reading.error === null) expect(members.length).toBe(maxMembers);
        let previousStart = -1;
        for (const [index, member] of members.entries()) {
          const at = () => `member ${index} ${JSON.stringify(member)}`;
          ensure(member.start > previousStart && text.charAt(member.start) === '"', at);
          ensure(member.valueStart > member.start && member.end > member.valueStart && member.end <= text.length, at);
          ensure(member.depth >= 1 && (!memberOptions.topLevelOnly || member.depth === 1), at);
          ensure(member.pointer.endsWith(appendPointerToken('', member.name)), at);
          if (memberOptions.topLevelOnly) ensure(member.pointer === appendPointerToken('', member.name), at);
          // Nested values overlap, so parsing each is quadratic in the depth: the first members and the last.
          if (index < 20 || index === members.length - 1) {
            ensure(isJsonText(text.slice(member.valueStart, member.end)), at);
            ensure(member.byteStart === utf8Length(text.slice(0, member.start)) && member.byteEnd === utf8Length(text.slice(0, member.end)), at);
          }
          previousStart = member.start;
        }
        const names = countNames(text, memberOptions.topLevelOnly === true);
        if (reading.truncated || reading.error !== null) expect(members.length).toBeLessThanOrEqual(names);
        else expect(members.length).toBe(names);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
