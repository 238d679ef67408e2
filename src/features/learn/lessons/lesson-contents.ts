import type { LessonContent } from './lesson-content';
import type { LessonId } from './lesson-ids';

/** Each lesson's body, fetched when the lesson is opened (the lessons are most of the view's text). */
export const LESSON_CONTENTS: Record<LessonId, () => Promise<LessonContent>> = {
  'structure': () => import('./content/structure').then((module) => module.structureLesson),
  'base64url': () => import('./content/base64url').then((module) => module.base64urlLesson),
  'signature': () => import('./content/signature').then((module) => module.signatureLesson),
  'flow': () => import('./content/flow').then((module) => module.flowLesson),
  'session-vs-token': () => import('./content/session-vs-token').then((module) => module.sessionVsTokenLesson),
  'refresh-tokens': () => import('./content/refresh-tokens').then((module) => module.refreshTokensLesson),
  'storage': () => import('./content/storage').then((module) => module.storageLesson),
  'revocation': () => import('./content/revocation').then((module) => module.revocationLesson),
  'hs-vs-rs': () => import('./content/hs-vs-rs').then((module) => module.hsVsRsLesson),
  'jwt-vs-oauth': () => import('./content/jwt-vs-oauth').then((module) => module.jwtVsOauthLesson),
  'jwe': () => import('./content/jwe').then((module) => module.jweLesson),
  'attacks': () => import('./content/attacks').then((module) => module.attacksLesson),
};
