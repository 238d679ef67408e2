import { describe, expect, it } from 'vitest';
import type { VerifyStatus } from '../crypto/verification-result';
import { checkSdHash, judgeKeyBinding } from './judge-key-binding';
import type { KeyBindingReading } from './read-key-binding';

const GOOD: KeyBindingReading = {
  text: 'k.b.s',
  wellFormed: true,
  header: { typ: 'kb+jwt', alg: 'ES256' },
  payload: {},
  typ: 'kb+jwt',
  alg: 'ES256',
  nonce: 'n',
  aud: 'a',
  iat: 1,
  sdHash: 'H',
  expectedSdHash: 'H',
  holderKey: { kty: 'EC' },
};

describe('judgeKeyBinding', () => {
  it.each<{ name: string; reading: KeyBindingReading | null; signature: VerifyStatus; status: string; reasons: string[] }>([
    { name: 'no key-binding JWT', reading: null, signature: 'no-key', status: 'no-key', reasons: ['no-kb-jwt'] },
    { name: 'no cnf.jwk in the issuer payload', reading: { ...GOOD, holderKey: null }, signature: 'no-key', status: 'no-key', reasons: ['no-cnf'] },
    { name: 'everything right', reading: GOOD, signature: 'valid', status: 'valid', reasons: [] },
    { name: 'a signature that does not verify', reading: GOOD, signature: 'invalid', status: 'invalid', reasons: ['signature-invalid'] },
    { name: 'a signature that could not be checked', reading: GOOD, signature: 'unsupported', status: 'invalid', reasons: ['signature-unchecked'] },
    { name: 'another sd_hash', reading: { ...GOOD, sdHash: 'X' }, signature: 'valid', status: 'invalid', reasons: ['sd-hash-mismatch'] },
    { name: 'no sd_hash', reading: { ...GOOD, sdHash: undefined }, signature: 'valid', status: 'invalid', reasons: ['sd-hash-missing'] },
    { name: 'an _sd_alg not computed here', reading: { ...GOOD, expectedSdHash: null }, signature: 'valid', status: 'invalid', reasons: ['sd-hash-unchecked'] },
    { name: 'typ JWT', reading: { ...GOOD, typ: 'JWT' }, signature: 'valid', status: 'invalid', reasons: ['typ'] },
    { name: 'not a compact JWS', reading: { ...GOOD, wellFormed: false, typ: undefined, sdHash: undefined }, signature: 'invalid', status: 'invalid', reasons: ['malformed', 'typ', 'sd-hash-missing', 'signature-invalid'] },
  ])('$name', ({ reading, signature, status, reasons }) => {
    expect(judgeKeyBinding(reading, signature)).toEqual({ status, reasons });
  });
});

describe('checkSdHash', () => {
  it.each([
    { sdHash: 'H', expectedSdHash: 'H', check: 'match' },
    { sdHash: 'X', expectedSdHash: 'H', check: 'mismatch' },
    { sdHash: 1, expectedSdHash: 'H', check: 'mismatch' },
    { sdHash: undefined, expectedSdHash: 'H', check: 'missing' },
    { sdHash: 'H', expectedSdHash: null, check: 'unchecked' },
  ])('$sdHash against $expectedSdHash: $check', ({ sdHash, expectedSdHash, check }) => {
    expect(checkSdHash({ ...GOOD, sdHash, expectedSdHash })).toBe(check);
  });
});
