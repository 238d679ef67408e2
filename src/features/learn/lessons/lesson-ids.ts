/** The lessons, in reading order; each id is its URL (`#/learn/<id>`) and its `data-lesson` (UI contract). */
export const LESSON_IDS = [
  'structure',
  'base64url',
  'signature',
  'flow',
  'session-vs-token',
  'refresh-tokens',
  'storage',
  'revocation',
  'hs-vs-rs',
  'jwt-vs-oauth',
  'jwe',
  'attacks',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

export function isLessonId(value: string): value is LessonId {
  return (LESSON_IDS as readonly string[]).includes(value);
}
