import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { afterPaint, renderRoute } from '../../../testing/render-app';
import { useDecoderStore } from './decoder-store';
import { EXAMPLE_TOKEN } from './example-token';
import { createFirstPasteRehearsal } from './rehearse-first-paste';

/** Runs `rehearse` and returns the token texts the store held meanwhile and the payload panes drawn. */
function watch(rehearse: () => boolean) {
  const texts: string[] = [];
  const unsubscribe = useDecoderStore.subscribe((state) => texts.push(state.tokenText));
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, subtree: true });
  let ran = false;
  try {
    act(() => {
      ran = rehearse();
    });
  } finally {
    unsubscribe();
  }
  const panesDrawn = observer
    .takeRecords()
    .flatMap((record) => [...record.addedNodes])
    .filter((node) => node instanceof Element && (node.matches('[data-testid="payload-json"]') || node.querySelector('[data-testid="payload-json"]'))).length;
  observer.disconnect();
  return { ran, texts, panesDrawn };
}

describe('the first paste rehearsal', () => {
  it('draws the example token in the page and takes it away in the same task, leaving the page, its boxes and its title as they were', async () => {
    await renderRoute('/');
    await screen.findByTestId('token-input');
    await afterPaint();
    const before = useDecoderStore.getState();
    const title = document.title;

    const { ran, texts, panesDrawn } = watch(createFirstPasteRehearsal(1));

    expect(ran).toBe(true);
    expect(texts).toEqual([EXAMPLE_TOKEN, '']);
    expect(panesDrawn).toBeGreaterThan(0);
    expect(useDecoderStore.getState()).toBe(before);
    expect(screen.getByTestId('token-input')).toHaveValue('');
    expect(screen.queryByTestId('payload-json')).toBeNull();
    // Nothing the example's panes would have done after their paint happens either.
    await afterPaint();
    await afterPaint();
    expect(screen.queryByTestId('time-status')).toBeNull();
    expect(document.title).toBe(title);
  });

  it('waits while the reader has a token or a key in the boxes, then runs as many times as it was made for', async () => {
    const rendered = await renderRoute('/');
    const rehearse = createFirstPasteRehearsal(2);
    await rendered.user.click(screen.getByTestId('token-input'));
    await rendered.user.paste('eyJ');
    await rendered.user.click(document.body);
    expect(watch(rehearse)).toEqual({ ran: false, texts: [], panesDrawn: 0 });
    expect(screen.getByTestId('token-input')).toHaveValue('eyJ');

    act(() => useDecoderStore.setState({ tokenText: '', keyText: 'secret' }));
    expect(watch(rehearse).ran).toBe(false);
    act(() => useDecoderStore.setState({ keyText: '' }));
    expect(watch(rehearse)).toEqual({ ran: true, texts: [EXAMPLE_TOKEN, ''], panesDrawn: 1 });
    expect(watch(rehearse)).toEqual({ ran: true, texts: [EXAMPLE_TOKEN, ''], panesDrawn: 1 });
    expect(watch(rehearse)).toEqual({ ran: false, texts: [], panesDrawn: 0 });
  });

  it('waits while the caret is in a field, whose value a redraw could disturb', async () => {
    const rendered = await renderRoute('/');
    const rehearse = createFirstPasteRehearsal(1);
    await rendered.user.click(screen.getByTestId('token-input'));
    expect(watch(rehearse).ran).toBe(false);
    await rendered.user.click(document.body);
    expect(watch(rehearse).ran).toBe(true);
  });
});
