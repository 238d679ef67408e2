import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';
import { LARGE_TOKEN_CHARS, WORKER_DECODE_CHARS } from '../token/large-token';
import { EXAMPLE_TOKEN } from './example-token';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const token = (header: string, payload: string, signature = 'c2ln') => `${b64(header)}.${b64(payload)}.${signature}`;

async function pasteToken(text: string) {
  const rendered = await renderRoute('/');
  const input = screen.getByTestId('token-input');
  await rendered.user.click(input);
  await rendered.user.paste(text);
  return rendered;
}

function partNames() {
  return screen.getAllByTestId('token-part').map((part) => part.dataset.part);
}

describe('DecoderPage', () => {
  it('decodes a pasted token into coloured parts and pretty JSON panes', async () => {
    await pasteToken(EXAMPLE_TOKEN);
    expect(partNames()).toEqual(['header', 'payload', 'signature']);
    expect(JSON.parse(screen.getByTestId('header-json').textContent ?? '')).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(screen.getByTestId('payload-json').textContent).toContain('\n  "name": "Ada Lovelace"');
    expect(screen.queryByTestId('decode-error')).toBeNull();
    expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'no-key');
    expect(screen.getByTestId('verify-status')).toHaveTextContent(/not verified/i);
  });

  it('accepts a Bearer prefix and line breaks, and says it removed them', async () => {
    const [header, payload, signature] = EXAMPLE_TOKEN.split('.');
    await pasteToken(`Bearer ${header}.\n${payload}.\r\n${signature}`);
    expect(partNames()).toEqual(['header', 'payload', 'signature']);
    const notes = screen.getAllByTestId('decode-note').map((note) => note.textContent);
    expect(notes.some((text) => text?.includes('Bearer'))).toBe(true);
    expect(notes.some((text) => /line break/.test(text ?? ''))).toBe(true);
  });

  it('points at the broken part and still shows the others', async () => {
    const [header, , signature] = EXAMPLE_TOKEN.split('.');
    await pasteToken(`${header}.eyJzdWIi*OiIxIn0.${signature}`);
    const error = screen.getByTestId('decode-error');
    expect(error).toHaveAttribute('data-part', 'payload');
    expect(error).toHaveTextContent('character 9 is “*”');
    expect(JSON.parse(screen.getByTestId('header-json').textContent ?? '')).toMatchObject({ alg: 'HS256' });
    // The payload shows what decoded before the bad character, not an empty box.
    expect(screen.getByTestId('payload-json')).toHaveTextContent('{"sub"');
  });

  it('shows where a header stops being JSON', async () => {
    await pasteToken(token('{"alg":"HS256",}', '{}'));
    const error = screen.getByTestId('decode-error');
    expect(error).toHaveAttribute('data-part', 'header');
    expect(error).toHaveTextContent(/character 16/);
  });

  it('keeps a payload that is not JSON as text', async () => {
    await pasteToken(token('{"alg":"HS256"}', 'just some words'));
    expect(screen.getByTestId('payload-json')).toHaveTextContent('just some words');
    expect(screen.queryByTestId('decode-error')).toBeNull();
  });

  it('reports a token of one part as a structure problem', async () => {
    await pasteToken(b64('{"alg":"none"}'));
    expect(screen.getByTestId('decode-error')).toHaveAttribute('data-part', 'structure');
    expect(screen.getByTestId('decode-error')).toHaveTextContent(/This one has 1/);
  });

  it('shows the five parts of a JWE and its header', async () => {
    await pasteToken(`${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.${b64('key')}.${b64('iv')}.${b64('ciphertext')}.${b64('tag')}`);
    expect(partNames()).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    expect(JSON.parse(screen.getByTestId('header-json').textContent ?? '')).toEqual({ alg: 'RSA-OAEP', enc: 'A256GCM' });
    expect(screen.queryByTestId('payload-json')).toBeNull();
  });

  it('shows markup inside a claim as text', async () => {
    await pasteToken(token('{"alg":"HS256"}', '{"name":"<img src=x onerror=alert(1)>"}'));
    expect(screen.getByTestId('payload-json')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('loads the example and clears it', async () => {
    const { user } = await renderRoute('/');
    await user.click(screen.getByTestId('example-button'));
    expect(screen.getByTestId('token-input')).toHaveValue(EXAMPLE_TOKEN);
    await user.click(screen.getByTestId('clear-button'));
    expect(screen.getByTestId('token-input')).toHaveValue('');
    expect(screen.queryByTestId('token-part')).toBeNull();
  });

  it('takes a large paste without putting it in the box, and decodes it', async () => {
    await renderRoute('/');
    const big = token('{"alg":"HS256"}', JSON.stringify({ data: 'x'.repeat(LARGE_TOKEN_CHARS), marker: 'END' }));
    const input = screen.getByTestId('token-input');
    await act(async () => {
      fireEvent.paste(input, { clipboardData: { getData: () => big } });
      await Promise.resolve();
    });
    expect(screen.getByTestId('large-token-notice')).toHaveTextContent(/Large token/);
    expect((input as HTMLTextAreaElement).value.length).toBeLessThan(3_000);
    await waitFor(() => expect(screen.getByTestId('payload-json')).toHaveTextContent('"data"'));
    expect(within(screen.getByRole('region', { name: 'Payload' })).getByText(/more characters/)).toBeInTheDocument();
  });

  it('decodes a very large token off the main thread, saying so meanwhile', async () => {
    await renderRoute('/');
    const huge = token('{"alg":"HS256"}', JSON.stringify({ data: 'y'.repeat(WORKER_DECODE_CHARS), marker: 'END' }));
    act(() => {
      fireEvent.paste(screen.getByTestId('token-input'), { clipboardData: { getData: () => huge } });
    });
    expect(screen.getByTestId('decoding-notice')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('payload-json')).toHaveTextContent('"data"'));
    expect(screen.queryByTestId('decoding-notice')).toBeNull();
  });

  it('switches every text and <html lang> to Korean', async () => {
    const { user } = await renderRoute('/');
    await user.selectOptions(screen.getByTestId('language-select'), 'ko');
    await waitFor(() => expect(document.documentElement.lang).toBe('ko'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('JSON 웹 토큰 디코딩');
    expect(window.localStorage.getItem('jwt-inspector.locale')).toBe('ko');
  });
});
