import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { renderRoute } from '../testing/render-app';

const DECODER_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZWNvZGVyIn0.c2ln';
const PASTED_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJleHBsYWluIn0.c2ln';

describe('the learn view and the decoder', () => {
  it("starts with the decoder's token and key, handed over in memory", async () => {
    act(() => useDecoderStore.getState().loadTokenAndKey(DECODER_TOKEN, 'decoder-secret'));
    await renderRoute('/learn');
    expect(await screen.findByTestId('learn-token-input')).toHaveValue(DECODER_TOKEN);
    expect(screen.getByTestId('learn-key-input')).toHaveValue('decoder-secret');
    act(() => useDecoderStore.getState().clearAll());
  });

  it('the decoder\'s "Explain" link opens the learn view on the token pasted there', async () => {
    const { user } = await renderRoute('/');
    await user.click(screen.getByTestId('token-input'));
    await user.paste(PASTED_TOKEN);
    await user.click(await screen.findByTestId('explain-token'));
    expect(await screen.findByTestId('learn-token-input')).toHaveValue(PASTED_TOKEN);
    act(() => useDecoderStore.getState().clearAll());
  });
});
