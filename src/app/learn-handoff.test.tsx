import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { renderRoute } from '../testing/render-app';

const DECODER_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZWNvZGVyIn0.c2ln';

describe('the learn view and the decoder', () => {
  it("starts with the decoder's token and key, handed over in memory", async () => {
    act(() => useDecoderStore.getState().loadTokenAndKey(DECODER_TOKEN, 'decoder-secret'));
    await renderRoute('/learn');
    expect(await screen.findByTestId('learn-token-input', {}, { timeout: 5000 })).toHaveValue(DECODER_TOKEN);
    expect(screen.getByTestId('learn-key-input')).toHaveValue('decoder-secret');
    act(() => useDecoderStore.getState().clearAll());
  });
});
