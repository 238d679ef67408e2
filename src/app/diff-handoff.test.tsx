import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { renderRoute } from '../testing/render-app';

const PASTED_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb21wYXJlIn0.c2ln';

describe('the diff view and the decoder', () => {
  it('the decoder\'s "Compare with…" opens the diff view with its token on the left, in memory', async () => {
    const { user } = await renderRoute('/');
    await user.click(screen.getByTestId('token-input'));
    await user.paste(PASTED_TOKEN);
    await user.click(await screen.findByTestId('compare-with'));
    expect(await screen.findByTestId('diff-left')).toHaveValue(PASTED_TOKEN);
    expect(screen.getByTestId('diff-right')).toHaveValue('');
    act(() => useDecoderStore.getState().clearAll());
  });

  it('from a pasted curl line with two tokens, carries the one the decoder shows', async () => {
    const other = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvdGhlciJ9.c2ln';
    const { user } = await renderRoute('/');
    act(() => {
      useDecoderStore.getState().setTokenText(`curl -H "Authorization: Bearer ${other}" -H "X-Id: ${PASTED_TOKEN}" https://api.example`);
      useDecoderStore.getState().chooseCandidate(1);
    });
    await user.click(await screen.findByTestId('compare-with'));
    expect(await screen.findByTestId('diff-left')).toHaveValue(PASTED_TOKEN);
    act(() => useDecoderStore.getState().clearAll());
  });

  it('opened from the navigation, the diff view starts empty', async () => {
    act(() => useDecoderStore.getState().setTokenText(PASTED_TOKEN));
    await renderRoute('/diff');
    expect(await screen.findByTestId('diff-left')).toHaveValue('');
    act(() => useDecoderStore.getState().clearAll());
  });
});
