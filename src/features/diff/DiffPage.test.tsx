import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../core/encoding/base64url';
import { renderRoute } from '../../testing/render-app';

const segment = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const jws = (header: string, payload: string) => `${segment(header)}.${segment(payload)}.c2lnbmF0dXJl`;

const LEFT = jws('{"alg":"HS256"}', '{"sub":"alice","role":"user","exp":1700000000}');
const RIGHT = jws('{"alg":"HS256"}', '{"sub":"alice","exp":1700000900,"admin":true}');

async function openWith(left: string, right: string, locale: 'en' | 'ko' = 'en') {
  const view = await renderRoute('/diff', { locale });
  const leftBox = await screen.findByTestId('diff-left');
  await view.user.click(leftBox);
  await view.user.paste(left);
  await view.user.click(screen.getByTestId('diff-right'));
  await view.user.paste(right);
  return view;
}

function rowsByPointer(): Map<string | undefined, HTMLElement> {
  return new Map(screen.getAllByTestId('diff-row').map((row) => [row.dataset.pointer, row]));
}

describe('the diff view', () => {
  it('names itself and waits for two tokens', async () => {
    await renderRoute('/diff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare tokens' })).toBeInTheDocument();
    expect(screen.getByTestId('diff-waiting')).toBeInTheDocument();
    expect(screen.queryAllByTestId('diff-row')).toHaveLength(0);
  });

  it('lists each member with its pointer and change, and a time claim in human units', async () => {
    await openWith(LEFT, RIGHT);
    await screen.findAllByTestId('diff-row');
    const rows = rowsByPointer();
    expect(Object.fromEntries([...rows].map(([pointer, row]) => [pointer, row.dataset.change]))).toEqual({
      '/header/alg': 'same',
      '/payload/sub': 'same',
      '/payload/role': 'removed',
      '/payload/exp': 'changed',
      '/payload/admin': 'added',
    });
    expect(within(rows.get('/payload/exp')!).getByTestId('diff-time-delta')).toHaveTextContent('+15 min');
  });

  it('says when only the bytes differ', async () => {
    await openWith(LEFT, jws('{"alg": "HS256"}', '{"sub": "alice", "role": "user", "exp": 1700000000}'));
    const bytes = await screen.findByTestId('diff-bytes');
    expect(bytes).toHaveAttribute('data-same-claims', 'true');
    expect(bytes).toHaveTextContent('Same claims, different bytes');
    expect(screen.getAllByTestId('diff-row').map((row) => row.dataset.change)).toEqual(['same', 'same', 'same', 'same']);
  });

  it('marks the changed characters of the encoded parts', async () => {
    await openWith(LEFT, RIGHT);
    await screen.findAllByTestId('diff-row');
    const marked = (side: 'left' | 'right') => within(screen.getByTestId(`diff-${side}-token`)).queryAllByTestId('diff-changed-char');
    expect(marked('left').length).toBeGreaterThan(0);
    expect(marked('right').every((mark) => mark.dataset.part === 'payload')).toBe(true);
    expect(screen.getByTestId('diff-right-token')).toHaveTextContent(RIGHT);
  });

  it('says why a broken side compares only what decoded', async () => {
    await openWith(LEFT, `${LEFT.split('.')[0]}.eyJzdWIi!.c2ln`);
    const problem = await screen.findByTestId('diff-problem');
    expect(problem).toHaveAttribute('data-side', 'right');
    expect(problem).toHaveAttribute('data-part', 'payload');
    expect(problem).toHaveTextContent(/^Right token, Payload: /);
    expect(rowsByPointer().get('/header/alg')).toHaveAttribute('data-change', 'same');
  });

  it('speaks Korean: the title, the changes and the time delta', async () => {
    await openWith(LEFT, RIGHT, 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '토큰 비교' })).toBeInTheDocument();
    await screen.findAllByTestId('diff-row');
    const exp = rowsByPointer().get('/payload/exp')!;
    expect(exp).toHaveTextContent('변경');
    expect(within(exp).getByTestId('diff-time-delta')).toHaveTextContent('15분 늦음');
  });

  it("lights up a row's member in both tokens while it is pointed at", async () => {
    const { user } = await openWith(LEFT, RIGHT);
    await screen.findAllByTestId('diff-row');
    const highlight = (side: 'left' | 'right') => within(screen.getByTestId(`diff-${side}-token`)).queryByTestId('diff-highlight');
    await user.hover(rowsByPointer().get('/payload/exp')!);
    expect(highlight('left')).toHaveAttribute('data-part', 'payload');
    expect(highlight('right')).toHaveAttribute('data-part', 'payload');
    await user.hover(rowsByPointer().get('/payload/admin')!);
    expect(highlight('left')).toBeNull();
    expect(highlight('right')).toHaveAttribute('data-part', 'payload');
    await user.unhover(rowsByPointer().get('/payload/admin')!);
    expect(highlight('right')).toBeNull();
  });
});
