/**
 * The token the learn view explains when the decoder has none: HS256, signed with LEARN_EXAMPLE_SECRET
 * (UTF-8). The name is Hangul on purpose: each syllable is 3 UTF-8 bytes, so, starting on a 3-byte boundary (byte 24), exactly 4 base64url characters.
 */
export const LEARN_EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTciLCJuYW1lIjoi6rmA7ZWY64qYIiwicm9sZSI6ImxlYXJuZXIiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.Nguo8H5UlrvJ071bHIN-K1f69h_CTwUsv1R56kHfiFY';

export const LEARN_EXAMPLE_SECRET = 'learn-jwt-byte-by-byte';
