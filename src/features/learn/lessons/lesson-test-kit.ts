import { act, screen } from '@testing-library/react';
import type { Locale } from '../../../i18n/locales';
import { renderRoute } from '../../../testing/render-app';
import { useLearnStore } from '../learn-store';
import type { LessonId } from './lesson-ids';

/** Opens lesson `id` on `tokenText` in `locale` and waits until its body has rendered. */
export async function openLesson(id: LessonId, tokenText: string, locale: Locale) {
  act(() => {
    useLearnStore.setState({ tokenText, seededFrom: '' });
  });
  await renderRoute(`/learn/${id}`, { locale });
  await screen.findAllByRole('heading', { level: 3 }, { timeout: 15_000 });
}

/** The titles of the open lesson's sections. */
export const sectionTitles = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

/** Whether some paragraph's whole text matches: the sentences are split by <code> elements. */
export const hasSentence = (sentence: RegExp) =>
  screen.queryAllByText((_, element) => element?.tagName === 'P' && sentence.test(element.textContent)).length > 0;
