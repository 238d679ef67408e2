import { describe, expect, it } from 'vitest';
import { createEncoderStore, INITIAL_HEADER } from './encoder-store';

describe('encoder store', () => {
  it('choosing an algorithm writes it into the header, keeping the rest as typed', () => {
    const store = createEncoderStore();
    store.getState().chooseAlg('ES384');
    expect(store.getState()).toMatchObject({ alg: 'ES384', headerText: INITIAL_HEADER.replace('HS256', 'ES384') });
  });

  it('typing a known alg in the header chooses it; an unknown one or broken JSON leaves the choice', () => {
    const store = createEncoderStore();
    store.getState().editHeader('{"alg":"PS512"}');
    expect(store.getState().alg).toBe('PS512');
    store.getState().editHeader('{"alg":"XS1"}');
    expect(store.getState().alg).toBe('PS512');
    store.getState().editHeader('{"alg":"RS256"');
    expect(store.getState().alg).toBe('PS512');
  });

  it('the none confirmation is cleared whenever the algorithm changes', () => {
    const store = createEncoderStore();
    store.getState().chooseAlg('none');
    store.getState().confirmNone(true);
    store.getState().chooseAlg('HS256');
    store.getState().editHeader('{"alg":"none"}');
    expect(store.getState()).toMatchObject({ alg: 'none', noneConfirmed: false });
  });

  it('editing the key forgets the generated key', () => {
    const store = createEncoderStore();
    store.getState().applyGeneratedKey({ kind: 'secret', alg: 'HS256', bytes: new Uint8Array(32), jwk: {} }, 'AAAA', 'base64url');
    expect(store.getState()).toMatchObject({ keyText: 'AAAA', secretEncoding: 'base64url' });
    store.getState().editKey('AAAAB');
    expect(store.getState().generated).toBeNull();
  });

  it('a handoff from the decoder fills header, payload, key and the alg from the header', () => {
    const store = createEncoderStore();
    store.getState().loadHandoff({ target: 'encoder', headerJson: '{"alg":"ES256"}', payloadJson: '{"a":1}', keyText: 'k', secretEncoding: 'hex' });
    expect(store.getState()).toMatchObject({ alg: 'ES256', headerText: '{"alg":"ES256"}', payloadText: '{"a":1}', keyText: 'k', secretEncoding: 'hex' });
  });
});
