import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { LEARN_EXAMPLE_TOKEN } from '../example-token';
import { useLearnStore } from '../learn-store';
import { LESSON_IDS } from './lesson-ids';

const findTitle = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('LessonView', () => {
  beforeEach(() => {
    act(() => {
      useLearnStore.setState({ tokenText: LEARN_EXAMPLE_TOKEN, seededFrom: '' });
    });
  });

  it('renders the body of the lesson, with a way back and a link to the next lesson only', async () => {
    await renderRoute('/learn/structure');
    await findTitle('The three parts of a JWT');
    const lesson = screen.getByRole('article', { name: 'The three parts of a JWT' });
    expect(await within(lesson).findAllByRole('heading', { level: 3 })).not.toHaveLength(0);
    expect(lesson).not.toHaveAttribute('aria-busy');
    expect(lesson).not.toHaveTextContent('To be written.');
    expect(within(lesson).getByRole('link', { name: 'Back to your token' })).toHaveAttribute('href', '/learn');
    const nav = within(lesson).getByRole('navigation', { name: 'Other lessons' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/learn/base64url']);
  });

  it('moves to the next lesson, whose title takes the focus, and the last lesson links back only', async () => {
    const { user } = await renderRoute('/learn/jwe');
    await findTitle('Encrypted tokens (JWE)');
    await user.click(screen.getByRole('link', { name: 'Next: Attacks on JWTs →' }));
    expect(await findTitle('Attacks on JWTs')).toHaveFocus();
    const nav = screen.getByRole('navigation', { name: 'Other lessons' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['← Previous: Encrypted tokens (JWE)']);
  });

  it('gives the title the focus when the lesson is opened from the index, not when opened by its address', async () => {
    const { user } = await renderRoute('/learn');
    const items = await screen.findAllByTestId('lesson');
    await user.click(within(items[1]!).getByRole('link'));
    expect(await findTitle('Base64url is encoding, not encryption')).toHaveFocus();
  });

  it('leaves the focus alone when the lesson is opened by its address', async () => {
    await renderRoute('/learn/base64url');
    expect(await findTitle('Base64url is encoding, not encryption')).not.toHaveFocus();
  });

  it('speaks Korean: the body is the Korean one', async () => {
    await renderRoute('/learn/structure', { locale: 'ko' });
    const lesson = await screen.findByRole('article', { name: 'JWT의 세 부분' });
    expect(await within(lesson).findAllByRole('heading', { level: 3 })).not.toHaveLength(0);
    expect(lesson).not.toHaveTextContent('작성 예정.');
    expect(within(lesson).getByRole('link', { name: '다음: Base64url은 인코딩이지 암호화가 아닙니다 →' })).toBeInTheDocument();
  });
});

describe('LessonIndex', () => {
  it('gives every lesson a one-line summary that describes its link', async () => {
    await renderRoute('/learn');
    const items = await screen.findAllByTestId('lesson');
    expect(items.map((item) => item.getAttribute('data-lesson'))).toEqual([...LESSON_IDS]);
    const first = within(items[0]!).getByRole('link', { name: 'The three parts of a JWT' });
    expect(first).toHaveAccessibleDescription(/^Header, payload, signature/);
    for (const item of items) expect(within(item).getByRole('link')).toHaveAccessibleDescription(/\S/);
  });
});
