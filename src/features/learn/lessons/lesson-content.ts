import type { ComponentType } from 'react';
import type { Locale } from '../../../i18n/locales';
import type { LearnSubject } from '../learn-subject';

/** What a lesson's body is given: the learner's token and key, to use where the lesson can. */
export interface LessonBodyProps {
  subject: LearnSubject;
}

/**
 * One lesson's body in every language, each written for its readers (not translated word for word);
 * the title lives in the `learn-lessons` catalog area with the index.
 */
export type LessonContent = Record<Locale, ComponentType<LessonBodyProps>>;
