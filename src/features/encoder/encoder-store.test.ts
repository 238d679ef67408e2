import { describe, expect, it } from 'vitest';
import { createEncoderStore, INITIAL_HEADER, INITIAL_JWE_HEADER } from './encoder-store';

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

  it('in jwe mode the header is the JWE header: alg and enc chosen write it, typed ones choose, the JWS header stays', () => {
    const store = createEncoderStore();
    store.getState().setMode('jwe');
    store.getState().chooseJweAlg('RSA-OAEP-256');
    store.getState().chooseEnc('A128CBC-HS256');
    expect(store.getState()).toMatchObject({ jweHeaderText: INITIAL_JWE_HEADER.replace('dir', 'RSA-OAEP-256').replace('A256GCM', 'A128CBC-HS256'), headerText: INITIAL_HEADER });
    store.getState().editHeader('{"alg":"ECDH-ES+A256KW","enc":"A192GCM"}');
    expect(store.getState()).toMatchObject({ jweAlg: 'ECDH-ES+A256KW', enc: 'A192GCM', alg: 'HS256' });
    store.getState().editHeader('{"alg":"RSA1_5","enc":"A1GCM"}');
    expect(store.getState()).toMatchObject({ jweAlg: 'ECDH-ES+A256KW', enc: 'A192GCM' });
  });

  it('nesting adds cty JWT to the JWE header, and un-nesting removes it (but not a cty the user typed otherwise)', () => {
    const store = createEncoderStore();
    store.getState().setNest(true);
    expect(store.getState().jweHeaderText).toBe('{\n  "alg": "dir",\n  "enc": "A256GCM",\n  "cty": "JWT"\n}');
    store.getState().setNest(false);
    expect(store.getState().jweHeaderText).toBe(INITIAL_JWE_HEADER);
    store.getState().setMode('jwe');
    store.getState().editHeader('{"alg":"dir","enc":"A256GCM","cty":"jwt"}');
    store.getState().setNest(true);
    store.getState().setNest(false);
    expect(store.getState().jweHeaderText).toBe('{"alg":"dir","enc":"A256GCM","cty":"jwt"}');
  });

  it('editing the JWE key forgets the generated JWE key; a decoder handoff returns to jws mode', () => {
    const store = createEncoderStore();
    store.getState().setMode('jwe');
    store.getState().applyGeneratedJweKey({ kind: 'password', alg: 'PBES2-HS256+A128KW', password: 'pw' }, 'pw', 'utf8');
    store.getState().editJweKey('pw2');
    expect(store.getState()).toMatchObject({ jweKeyText: 'pw2', jweGenerated: null });
    store.getState().loadHandoff({ target: 'encoder', headerJson: '{"alg":"ES256"}', payloadJson: '{}', keyText: '', secretEncoding: 'utf8' });
    expect(store.getState().mode).toBe('jws');
  });
});
