import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import type { Locale } from '../../../i18n/locales';
import { renderRoute } from '../../../testing/render-app';
import { LARGE_TOKEN_CHARS } from './large-token';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const HEADER = b64('{"alg":"HS256","typ":"JWT"}');
const PAYLOAD = b64('{"sub":"1234567890","name":"Ada Lovelace"}');
/** The payload with character 20 (the decode error's "character 21") not base64url. */
const BROKEN = `${HEADER}.${PAYLOAD.slice(0, 20)}!${PAYLOAD.slice(21)}.c2ln`;

async function pasteToken(text: string, locale: Locale = 'en') {
  const rendered = await renderRoute('/', { locale });
  await rendered.user.click(screen.getByTestId('token-input'));
  await rendered.user.paste(text);
  return rendered;
}

describe('the failing character in the token box', () => {
  it.each([
    ['en', 'character 21', 'Payload, character 21: “!” is not a base64url character.'],
    ['ko', '21번째 문자', '페이로드, 21번째 문자: “!”는 base64url 문자가 아닙니다.'],
  ] as const)('%s: marks it where the decode error says, and says what is wrong there', async (locale, position, label) => {
    await pasteToken(BROKEN, locale);
    const mark = screen.getByTestId('token-bad-char');
    expect(mark).toHaveAttribute('data-part', 'payload');
    expect(mark).toHaveAttribute('data-index', '20');
    expect(mark).toHaveTextContent(/^!$/);
    expect(mark.closest('[data-testid="token-part"]')).toHaveAttribute('data-part', 'payload');
    expect(within(screen.getByTestId('decode-error')).getByTestId('decode-problem')).toHaveTextContent(position);
    expect(mark).toHaveAttribute('title', label);
    const input = screen.getByTestId('token-input');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(label);
  });

  it('keeps the mirror’s text the box’s text', async () => {
    await pasteToken(`Bearer ${BROKEN.slice(0, 30)}\n${BROKEN.slice(30)}`);
    const mirror = screen.getByTestId('token-bad-char').closest('.coloured-token-mirror');
    expect(mirror?.textContent?.replace('\u200b', '')).toBe(`Bearer ${BROKEN.slice(0, 30)}${BROKEN.slice(30)}`);
    expect(screen.getByTestId('token-bad-char')).toHaveAttribute('data-index', '20');
  });

  it('marks one character per failing part', async () => {
    await pasteToken(`${HEADER.slice(0, 3)}$${HEADER.slice(4)}.${PAYLOAD}.c2l*`);
    expect(screen.getAllByTestId('token-bad-char').map((mark) => [mark.dataset.part, mark.dataset.index, mark.textContent])).toEqual([
      ['header', '3', '$'],
      ['signature', '3', '*'],
    ]);
  });

  it('marks nothing in a token that decodes', async () => {
    await pasteToken(`${HEADER}.${PAYLOAD}.c2ln`);
    expect(screen.queryByTestId('token-bad-char')).toBeNull();
    expect(screen.getByTestId('token-input')).not.toHaveAttribute('aria-invalid');
  });

  it('says so when the character lies in the middle of a large token, which the box leaves out', async () => {
    await renderRoute('/');
    const payload = b64(JSON.stringify({ data: 'x'.repeat(LARGE_TOKEN_CHARS) }));
    const index = Math.floor(payload.length / 2);
    const big = `${HEADER}.${payload.slice(0, index)}!${payload.slice(index + 1)}.c2ln`;
    await act(async () => {
      fireEvent.paste(screen.getByTestId('token-input'), { clipboardData: { getData: () => big } });
      await Promise.resolve();
    });
    const note = await waitFor(() => screen.getByTestId('token-bad-char-not-shown'));
    expect(note).toHaveAttribute('data-part', 'payload');
    expect(note).toHaveAttribute('data-index', String(index));
    expect(note).toHaveTextContent(`Payload, character ${(index + 1).toLocaleString('en')}`);
    expect(screen.queryByTestId('token-bad-char')).toBeNull();
  });
});
