import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { useEncoderStore } from '../encoder-store';
import { LARGE_TEXT_CHARS } from '../../../ui/large-text';

async function renderEncoder() {
  await renderRoute('/encode');
  await screen.findByRole('heading', { level: 1 });
}

// Issue 11 item 2: the encoder's boxes stay responsive for any input, bounded by what they show.
describe('EncoderPage with long texts', () => {
  it('colours only the first lexemes of a long JSON and says so', async () => {
    await renderEncoder();
    const payload = `{"n":[${Array.from({ length: 3_000 }, (_, i) => i % 10).join(',')}]}`;
    fireEvent.change(screen.getByTestId('encoder-payload'), { target: { value: payload } });
    expect(await screen.findByTestId('encoder-payload-plain')).toHaveTextContent('2,000');
    const layer = screen.getByTestId('encoder-payload').previousElementSibling!;
    expect(layer.querySelectorAll('span').length).toBeLessThanOrEqual(2_000);
    expect(layer.textContent).toBe(`${payload}\n`);
  });

  it('shows a long payload by its ends, and a character typed at its end edits the whole text', async () => {
    await renderEncoder();
    const payload = `{"sub":"long","s":"${'x'.repeat(LARGE_TEXT_CHARS)}"}`;
    const box = screen.getByTestId<HTMLTextAreaElement>('encoder-payload');
    fireEvent.change(box, { target: { value: payload } });
    expect(await screen.findByTestId('encoder-payload-large')).toBeInTheDocument();
    expect(box.value.length).toBeLessThan(3_000);
    expect(box.value.startsWith('{"sub":"long"')).toBe(true);
    fireEvent.change(box, { target: { value: `${box.value} ` } });
    await waitFor(() => expect(useEncoderStore.getState().payloadText).toBe(`${payload} `));
  });

  it('shows a long secret by its ends in the key box and in what a verifier needs', async () => {
    await renderEncoder();
    const secret = 'k'.repeat(LARGE_TEXT_CHARS + 5);
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: secret } });
    expect(await screen.findByTestId('encoder-key-large')).toBeInTheDocument();
    expect(useEncoderStore.getState().keyText).toBe(secret);
    expect(screen.getByTestId<HTMLTextAreaElement>('encoder-key').value.length).toBeLessThan(3_000);
    expect(screen.getByTestId('encoder-public-key').textContent?.length).toBeLessThan(3_000);
  });
});
