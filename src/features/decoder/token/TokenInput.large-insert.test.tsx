import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';
import { useDecoderStore } from '../page/decoder-store';
import { LARGE_TOKEN_CHARS } from './large-token';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const BIG = `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify({ data: 'x'.repeat(LARGE_TOKEN_CHARS) }))}.c2ln`;

// Issue 11 item 2: text put in at once without a paste event (Playwright's fill, a drop, an input
// method) never enters the box, where laying out megabytes froze the page.
describe('a large text inserted into the token box at once', () => {
  it('goes to the store as the token, and the box shows its shortened copy', async () => {
    await renderRoute('/');
    const box = screen.getByTestId<HTMLTextAreaElement>('token-input');
    box.focus();
    const event = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: BIG });
    expect(box.dispatchEvent(event)).toBe(false);
    expect(useDecoderStore.getState().tokenText === BIG).toBe(true);
    expect(await screen.findByTestId('large-token-notice')).toBeInTheDocument();
    expect(box.value.length).toBeLessThan(3_000);
  });

  it('leaves an ordinary insertion to the box', async () => {
    await renderRoute('/');
    const box = screen.getByTestId<HTMLTextAreaElement>('token-input');
    const event = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: 'abc' });
    expect(box.dispatchEvent(event)).toBe(true);
  });
});
