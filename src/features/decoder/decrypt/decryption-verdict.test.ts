import { describe, expect, it } from 'vitest';
import { failJwe, type JweFailureStatus, type JweReasonCode } from '../../../core/crypto/jwe-decryption';
import { decryptReasonOf, decryptStatusOf, NO_KEY_DECRYPTION, PENDING_DECRYPTION, settleDecryption, UNAVAILABLE_DECRYPTION, type DecryptionVerdict, type DecryptStatus } from './decryption-verdict';

const failed = (status: JweFailureStatus, reason: JweReasonCode): DecryptionVerdict => settleDecryption(failJwe(status, reason), undefined);

describe('decryptStatusOf and decryptReasonOf', () => {
  const cases: [string, DecryptionVerdict, DecryptStatus, string | null][] = [
    ['no key', NO_KEY_DECRYPTION, 'no-key', null],
    ['running', PENDING_DECRYPTION, 'pending', null],
    ['an allowed PBES2 count running', { state: 'pending', allowed: { alg: 'PBES2-HS256+A128KW', count: 600_000 } }, 'pending', null],
    ['decrypted', settleDecryption({ status: 'decrypted', plaintext: new Uint8Array([0x7b, 0x7d]), alg: 'dir', enc: 'A256GCM' }, undefined), 'decrypted', null],
    ['key-needed', failed('key-needed', 'key-missing'), 'no-key', null],
    ['unsupported RSA1_5', failed('unsupported', 'alg-unsupported'), 'unsupported', 'alg-unsupported'],
    ['unsupported 192-bit AES', failed('unsupported', 'aes-192-unavailable'), 'unsupported', 'aes-192-unavailable'],
    ['a wrong key or a tampered token', failed('wrong-key-or-tampered', 'wrong-key'), 'failed', 'wrong-key'],
    ['a public key', failed('public-key-given', 'key-public'), 'failed', 'key-public'],
    ['an unreadable key', failed('key-unreadable', 'key-unreadable'), 'failed', 'key-unreadable'],
    ['a key of another type', failed('key-mismatch', 'key-type-mismatch'), 'failed', 'key-type-mismatch'],
    ['a refused PBES2 count', failed('pbes2-count-refused', 'p2c-too-large'), 'failed', 'p2c-too-large'],
    ['a malformed token', failed('malformed', 'header-not-json'), 'failed', 'header-not-json'],
    ['a zip bomb', failed('zip-too-large', 'zip-too-large'), 'failed', 'zip-too-large'],
    ['the decrypter failing to load', UNAVAILABLE_DECRYPTION, 'failed', 'decrypter-unavailable'],
  ];

  it.each(cases)('%s', (_name, verdict, status, reason) => {
    expect(decryptStatusOf(verdict)).toBe(status);
    expect(decryptReasonOf(verdict)).toBe(reason);
  });
});
