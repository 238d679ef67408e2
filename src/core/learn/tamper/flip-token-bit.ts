import { readSextet, sextetCharacter } from '../../encoding/base64url';
import type { JwsPartName } from '../../token/decoded-token';
import { joinJwsSegments, splitJwsSegments } from '../../token/jws-segments';

/** Bits a base64url character carries; bit 0 is the first (most significant) of the six. */
export const BITS_PER_CHARACTER = 6;

/** What flipping one bit of one character did, or why it could not be done. */
export type TokenBitFlip =
  | {
      ok: true;
      token: string;
      /** The character before and after, and their 6-bit values. */
      before: string;
      after: string;
      beforeValue: number;
      afterValue: number;
      /** False for the unused low bits of a segment's last character, which no byte is made of. */
      carriesData: boolean;
    }
  | { ok: false; code: 'not-compact-jws' | 'index-out-of-range' | 'bit-out-of-range' | 'not-base64url-character' };

/**
 * Returns whether bit `bit` of character `index` of a segment `segmentLength` characters long
 * lands in a decoded byte: character i carries bits [6i, 6i + 6) and only whole bytes are kept.
 */
export function isDataBit(segmentLength: number, index: number, bit: number): boolean {
  const dataBits = Math.floor((segmentLength * BITS_PER_CHARACTER) / 8) * 8;
  return index * BITS_PER_CHARACTER + bit < dataBits;
}

/**
 * Returns the token with one bit of one character of a part flipped (bit 0 is the character's most
 * significant bit) and the character before and after. Does not re-sign, and does not check the
 * rest of the token.
 */
export function flipTokenBit(token: string, part: JwsPartName, index: number, bit: number): TokenBitFlip {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const segment = segments[part];
  if (!Number.isInteger(index) || index < 0 || index >= segment.length) return { ok: false, code: 'index-out-of-range' };
  if (!Number.isInteger(bit) || bit < 0 || bit >= BITS_PER_CHARACTER) return { ok: false, code: 'bit-out-of-range' };
  const before = segment.charAt(index);
  const beforeValue = readSextet(before);
  if (beforeValue === null) return { ok: false, code: 'not-base64url-character' };
  const afterValue = beforeValue ^ (1 << (BITS_PER_CHARACTER - 1 - bit));
  const after = sextetCharacter(afterValue);
  const flipped = segment.slice(0, index) + after + segment.slice(index + 1);
  return {
    ok: true,
    token: joinJwsSegments({ ...segments, [part]: flipped }),
    before,
    after,
    beforeValue,
    afterValue,
    carriesData: isDataBit(segment.length, index, bit),
  };
}
