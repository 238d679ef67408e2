import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { LEARN_EXAMPLE_TOKEN } from '../example-token';
import { useLearnStore } from '../learn-store';
import { LESSON_IDS } from '../lessons/lesson-ids';

describe('LearnPage', () => {
  beforeEach(() => {
    act(() => {
      useLearnStore.setState({ tokenText: LEARN_EXAMPLE_TOKEN, seededFrom: '' });
    });
  });

  it('explains the built-in example when the decoder has no token, and lists every lesson', async () => {
    await renderRoute('/learn');
    expect(await screen.findByTestId('learn-token-input')).toHaveValue(LEARN_EXAMPLE_TOKEN);
    expect(screen.getAllByTestId('lesson').map((lesson) => lesson.getAttribute('data-lesson'))).toEqual([...LESSON_IDS]);
  });

  it('opens a lesson at its URL, in Korean too', async () => {
    await renderRoute('/learn/base64url', { locale: 'ko' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Base64url은 인코딩이지 암호화가 아닙니다' })).toBeInTheDocument();
  });

  it('its table of contents moves to a section without leaving the view', async () => {
    const { user } = await renderRoute('/learn');
    await screen.findByTestId('learn-token-input');
    await user.click(screen.getByRole('link', { name: 'Lessons' }));
    expect(document.activeElement).toBe(document.getElementById('learn-lessons'));
    expect(screen.getByTestId('learn-token-input')).toBeInTheDocument();
  });

  it('opens on the section a lesson links to', async () => {
    await renderRoute('/learn#learn-tamper');
    await screen.findByTestId('learn-token-input');
    expect(document.activeElement).toBe(document.getElementById('learn-tamper'));
  });
});
