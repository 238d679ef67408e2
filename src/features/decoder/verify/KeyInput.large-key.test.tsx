import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { LARGE_TEXT_CHARS } from '../../../ui/large-text';
import { useDecoderStore } from '../page/decoder-store';
import { EXAMPLE_TOKEN } from '../page/example-token';

/** A secret past the key reader's 1 MiB cap. */
const HUGE = 's'.repeat(2 * 1024 * 1024);

async function renderWithToken() {
  await renderRoute('/');
  fireEvent.change(screen.getByTestId('token-input'), { target: { value: EXAMPLE_TOKEN } });
  return screen.getByTestId<HTMLTextAreaElement>('key-input');
}

function pasteInto(box: HTMLTextAreaElement, text: string) {
  const event = createEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  fireEvent(box, event);
  return event;
}

// Issue 11 item 2: a key of megabytes never enters the key box, where laying it out froze the page
// on every keystroke; the box shows its start and end, and typing there edits the whole key.
describe('the key box with a large key', () => {
  it.each([
    {
      name: 'a paste',
      putIn: (box: HTMLTextAreaElement) => expect(pasteInto(box, HUGE).defaultPrevented).toBe(true),
    },
    {
      name: 'an insertion at once (fill, a drop)',
      putIn: (box: HTMLTextAreaElement) =>
        expect(box.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: HUGE }))).toBe(false),
    },
  ])('takes $name straight to the store, shows a shortened copy and explains the refusal', async ({ putIn }) => {
    const box = await renderWithToken();
    box.focus();
    putIn(box);
    expect(useDecoderStore.getState().keyText === HUGE).toBe(true);
    expect(await screen.findByTestId('key-input-large')).toHaveTextContent('2,097,152');
    expect(box.value.length).toBeLessThan(3_000);
    expect(box).toHaveAttribute('aria-describedby', screen.getByTestId('key-input-large').id);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'error'));
  });

  it('edits the whole key when a character is typed at the end of its shortened copy', async () => {
    const box = await renderWithToken();
    const key = 'k'.repeat(LARGE_TEXT_CHARS + 5);
    pasteInto(box, key);
    await screen.findByTestId('key-input-large');
    fireEvent.change(box, { target: { value: `${box.value}x` } });
    expect(useDecoderStore.getState().keyText === `${key}x`).toBe(true);
  });

  it('leaves an ordinary paste to the box', async () => {
    const box = await renderWithToken();
    expect(pasteInto(box, 'secret').defaultPrevented).toBe(false);
    expect(screen.queryByTestId('key-input-large')).toBeNull();
  });
});
