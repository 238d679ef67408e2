import { describe, expect, it } from 'vitest';
import { LEARN_EXAMPLE_SECRET, LEARN_EXAMPLE_TOKEN } from './example-token';
import { createLearnStore } from './learn-store';

const DECODER = { tokenText: 'eyJhbGciOiJIUzI1NiJ9.e30.sig', keyText: 'secret', secretEncoding: 'utf8' as const };

describe('learn store', () => {
  it('starts with the example token and its key', () => {
    const store = createLearnStore();
    expect(store.getState()).toMatchObject({ tokenText: LEARN_EXAMPLE_TOKEN, keyText: LEARN_EXAMPLE_SECRET });
  });

  it("takes the decoder's token and key once, and keeps the learner's edits on the next visit", () => {
    const store = createLearnStore();
    store.getState().seed(DECODER);
    expect(store.getState()).toMatchObject({ tokenText: DECODER.tokenText, keyText: 'secret' });
    store.getState().setTokenText('edited');
    store.getState().seed(DECODER);
    expect(store.getState().tokenText).toBe('edited');
  });

  it('keeps the example when the decoder is empty', () => {
    const store = createLearnStore();
    store.getState().seed({ ...DECODER, tokenText: '  ' });
    expect(store.getState().tokenText).toBe(LEARN_EXAMPLE_TOKEN);
  });
});
