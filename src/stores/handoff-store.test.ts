import { describe, expect, it } from 'vitest';
import { createHandoffStore, type DecoderHandoff } from './handoff-store';

const toDecoder: DecoderHandoff = { target: 'decoder', token: 'a.b.c', keyText: 'secret', secretEncoding: 'utf8' };

describe('handoff store', () => {
  it('gives a handoff once, to its target only', () => {
    const store = createHandoffStore();
    store.getState().send(toDecoder);
    expect(store.getState().take('encoder')).toBeNull();
    expect(store.getState().take('decoder')).toEqual(toDecoder);
    expect(store.getState().take('decoder')).toBeNull();
    expect(store.getState().pending).toBeNull();
  });

  it('a newer handoff replaces an unread one', () => {
    const store = createHandoffStore();
    store.getState().send(toDecoder);
    store.getState().send({ target: 'encoder', headerJson: '{}', payloadJson: '{}', keyText: '', secretEncoding: 'hex' });
    expect(store.getState().take('decoder')).toBeNull();
    expect(store.getState().take('encoder')).toMatchObject({ secretEncoding: 'hex' });
  });
});
