/**
 * The token the learn view explains when the decoder has none: HS256, signed with LEARN_EXAMPLE_SECRET
 * (UTF-8). The name is Hangul on purpose: each syllable is 3 UTF-8 bytes, so 4 base64url characters.
 */
export const LEARN_EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6Iuq5gO2VmOuKmCIsInJvbGUiOiJsZWFybmVyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.y_1mggIp3aViRqSusVRMeuxtrUNORm3UWpWBWa5nQqw';

export const LEARN_EXAMPLE_SECRET = 'learn-jwt-byte-by-byte';
