import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileKeyText, PROTOTYPE_NAMES } from '../test-support/prototype-names';
import { detectKeyFormat } from './detect-key-format';
import { parseKeyInput } from './parse-key-input';

describe('parseKeyInput with Object.prototype names as kty, crv, alg and member names', () => {
  it.each(PROTOTYPE_NAMES)('reads {"kty":"%s"} as a key of another type, alone and in a JWK Set', (name) => {
    const single = parseKeyInput(JSON.stringify({ kty: name }));
    expect(single).toMatchObject({ ok: true, key: { kind: 'jwk', jwk: { kty: name, isPrivate: false, keyInfo: { type: 'other', algorithm: name } } } });
    const set = parseKeyInput(JSON.stringify({ keys: [{ kty: name }] }));
    expect(set).toMatchObject({ ok: true, key: { kind: 'jwks', jwks: { members: [{ index: 0, ok: true, jwk: { kty: name } }] } } });
  });

  it.each(PROTOTYPE_NAMES)('keeps a member named %s a member of the public JWK, never its prototype', (name) => {
    const parsed = parseKeyInput(`{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA","d":"AAAA","${name}":{"d":"secret"}}`);
    if (!parsed.ok || parsed.key.kind !== 'jwk') throw new Error('expected a JWK');
    const { publicJwk } = parsed.key.jwk;
    expect(Object.getPrototypeOf(publicJwk)).toBe(Object.prototype);
    expect(Object.hasOwn(publicJwk, name)).toBe(true);
    expect(Object.hasOwn(publicJwk, 'd')).toBe(false);
  });

  it('never throws, and answers a key or a coded error, for any hostile JWK or JWK Set', () => {
    fc.assert(
      fc.property(hostileKeyText, (text) => {
        const parsed = parseKeyInput(text);
        expect(typeof detectKeyFormat(text)).toBe('string');
        if (parsed.ok) expect(['jwk', 'jwks']).toContain(parsed.key.kind);
        else expect(typeof parsed.error.code).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
