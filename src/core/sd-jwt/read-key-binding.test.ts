import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { readHolderKey, readKeyBinding } from './read-key-binding';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('readHolderKey', () => {
  it.each<[string, JsonObject | null, JsonObject | null]>([
    ['cnf.jwk', { cnf: { jwk: { kty: 'EC' } } }, { kty: 'EC' }],
    ['no cnf', {}, null],
    ['cnf with a jkt only', { cnf: { jkt: 'abc' } }, null],
    ['a jwk that is a string', { cnf: { jwk: 'key' } }, null],
    ['cnf that is an array', { cnf: [{ jwk: {} }] }, null],
    ['no payload', null, null],
  ])('%s', (_name, payload, key) => {
    expect(readHolderKey(payload)).toEqual(key);
  });
});

describe('readKeyBinding', () => {
  it('reads typ, alg, nonce, aud, iat and sd_hash, and the digest sd_hash should be', () => {
    const text = `${b64({ alg: 'ES256', typ: 'kb+jwt' })}.${b64({ nonce: 'n', aud: ['a', 'b'], iat: 5, sd_hash: 'h' })}.c2ln`;
    expect(readKeyBinding(text, 'abc~', { name: 'sha-256', stated: true }, null)).toMatchObject({
      wellFormed: true,
      typ: 'kb+jwt',
      alg: 'ES256',
      nonce: 'n',
      aud: ['a', 'b'],
      iat: 5,
      sdHash: 'h',
      expectedSdHash: createHash('sha256').update('abc~').digest('base64url'),
      holderKey: null,
    });
  });

  it.each([
    { name: 'two parts', text: `${b64({ alg: 'ES256' })}.${b64({})}` },
    { name: 'a payload that is not JSON', text: `${b64({ alg: 'ES256' })}.aGVsbG8.c2ln` },
    { name: 'garbage', text: '***' },
  ])('is not well formed for $name', ({ text }) => {
    expect(readKeyBinding(text, 'x~', { name: 'sha-256', stated: false }, null).wellFormed).toBe(false);
  });

  it('has no expected sd_hash under an _sd_alg it does not compute', () => {
    expect(readKeyBinding('a.b.c', 'x~', { name: null, stated: true, written: 'sha3-256' }, null).expectedSdHash).toBeNull();
  });
});
