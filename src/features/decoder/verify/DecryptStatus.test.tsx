import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { failJwe, type JweFailureStatus, type JweReasonCode } from '../../../core/crypto/jwe-decryption';
import type { ReasonParams } from '../../../core/crypto/verification-result';
import type { KeyError } from '../../../core/keys/key-error';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { NO_KEY_DECRYPTION, PENDING_DECRYPTION, settleDecryption, UNAVAILABLE_DECRYPTION, type DecryptionVerdict } from '../decrypt/decryption-verdict';
import { useDecoderStore } from '../page/decoder-store';
import { DecryptStatus } from './DecryptStatus';

const TOKEN = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y2lwaGVy.dGFn';

function failed(status: JweFailureStatus, reason: JweReasonCode, params: ReasonParams = {}, keyError?: KeyError): DecryptionVerdict {
  return settleDecryption(failJwe(status, reason, params, keyError ? { keyError } : {}), undefined);
}

function decrypted(keyUsed?: { index: number; kid?: string }): DecryptionVerdict {
  return settleDecryption({ status: 'decrypted', plaintext: new TextEncoder().encode('{}'), alg: 'A128KW', enc: 'A128GCM', ...(keyUsed ? { keyUsed } : {}) }, undefined);
}

function renderStatus(verdict: DecryptionVerdict) {
  return render(<DecryptStatus verdict={verdict} token={TOKEN} withTexts withKeyErrors />);
}

describe('DecryptStatus', () => {
  beforeEach(async () => {
    await activateLocale('en');
    await Promise.all([loadArea('jwe'), loadArea('verify-details')]);
  });

  const cases: [string, DecryptionVerdict, string, string | null, RegExp][] = [
    ['no key', NO_KEY_DECRYPTION, 'no-key', null, /paste the shared secret, the password or the recipient's private key/],
    ['running', PENDING_DECRYPTION, 'pending', null, /Decrypting…/],
    ['decrypted', decrypted(), 'decrypted', null, /Decrypted: .*\(A128KW, A128GCM\)/],
    ['a wrong key', failed('wrong-key-or-tampered', 'wrong-key', { alg: 'dir', enc: 'A256GCM', keysTried: 1 }), 'failed', 'wrong-key', /Wrong key or tampered token.*cannot be told apart.*RFC 7516 §11\.5/],
    ['RSA1_5', failed('unsupported', 'alg-unsupported', { alg: 'RSA1_5' }), 'unsupported', 'alg-unsupported', /No browser can decrypt RSA1_5/],
    ['192-bit AES in Chromium', failed('unsupported', 'aes-192-unavailable', { alg: 'dir', enc: 'A192GCM' }), 'unsupported', 'aes-192-unavailable', /no 192-bit AES.*Chromium/],
    ['a public key', failed('public-key-given', 'key-public', { alg: 'RSA-OAEP-256', format: 'pem-spki' }), 'failed', 'key-public', /public key.*needs the recipient's private key/],
    ['a key of the wrong length', failed('key-mismatch', 'key-length-mismatch', { alg: 'dir', bytes: 16, expectedBytes: 32 }), 'failed', 'key-length-mismatch', /needs a key of 32 bytes; this one has 16 bytes/],
    ['a malformed segment', failed('malformed', 'segment-not-base64url', { part: 'encrypted-key', position: 3 }), 'failed', 'segment-not-base64url', /The encrypted key is not strict base64url/],
    ['a zip bomb', failed('zip-too-large', 'zip-too-large', { maxBytes: 10_485_760 }), 'failed', 'zip-too-large', /more than 10,485,760 bytes/],
    ['the decrypter failing to load', UNAVAILABLE_DECRYPTION, 'failed', 'decrypter-unavailable', /could not be loaded/],
  ];

  it.each(cases)('%s', (_name, verdict, status, reason, text) => {
    renderStatus(verdict);
    const element = screen.getByTestId('decrypt-status');
    expect(element).toHaveAttribute('data-status', status);
    expect(element).toHaveTextContent(text);
    if (reason === null) expect(screen.queryByTestId('decrypt-reason')).toBeNull();
    else expect(screen.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', reason);
    // What the browser lacks is never put as a wrong key.
    if (status === 'unsupported') expect(element).not.toHaveTextContent(/wrong key/i);
  });

  it('says why a key cannot be read as the verify panel says it', () => {
    renderStatus(failed('key-unreadable', 'key-unreadable', { alg: 'dir', format: 'secret' }, { code: 'secret-bad-hex', position: 2, character: 'z' }));
    expect(screen.getByTestId('decrypt-reason')).toHaveTextContent('The key could not be read. The secret is not hex: character 3 is “z”.');
  });

  it.each([
    ['by kid', { index: 2, kid: 'enc-2' }, 'Decrypted by the key with kid “enc-2” (key 3 of the set).'],
    ['by place, without a kid', { index: 0 }, 'Decrypted by key 1 of the set, which has no kid.'],
  ])('names the JWK Set member that decrypted %s', (_name, keyUsed, text) => {
    renderStatus(decrypted(keyUsed));
    expect(screen.getByTestId('decrypt-key-used')).toHaveTextContent(text);
  });

  it('counts the keys of a set tried before saying wrong key', () => {
    renderStatus(failed('wrong-key-or-tampered', 'wrong-key', { alg: 'A128KW', enc: 'A128GCM', keysTried: 3 }));
    expect(screen.getByTestId('decrypt-reason')).toHaveTextContent('3 keys of the set were tried.');
  });

  it('offers to allow a refused PBES2 count for this token only', () => {
    renderStatus(failed('pbes2-count-refused', 'p2c-too-large', { alg: 'PBES2-HS256+A128KW', p2c: 600_000, maxCount: 10_000 }));
    expect(screen.getByTestId('decrypt-reason')).toHaveTextContent('600,000 PBES2 iterations, more than the 10,000');
    fireEvent.click(screen.getByTestId('decrypt-anyway'));
    expect(useDecoderStore.getState().pbes2Allowance).toEqual({ token: TOKEN, count: 600_000 });
  });

  it('shows an allowed derivation running, and Cancel withdraws the consent', () => {
    useDecoderStore.getState().allowPbes2Count(TOKEN, 600_000);
    renderStatus({ state: 'pending', allowed: { alg: 'PBES2-HS256+A128KW', count: 600_000 } });
    expect(screen.getByTestId('pbes2-progress')).toHaveTextContent('Deriving the key from the password (600,000 iterations)');
    fireEvent.click(screen.getByTestId('decrypt-cancel'));
    expect(useDecoderStore.getState().pbes2Allowance).toBeNull();
  });

  it('a new token forgets the consent', () => {
    useDecoderStore.getState().allowPbes2Count(TOKEN, 600_000);
    act(() => useDecoderStore.getState().setTokenText('another token'));
    expect(useDecoderStore.getState().pbes2Allowance).toBeNull();
  });

  it('speaks Korean', async () => {
    await activateLocale('ko');
    await Promise.all([loadArea('jwe'), loadArea('verify-details')]);
    renderStatus(failed('wrong-key-or-tampered', 'wrong-key', { alg: 'dir', enc: 'A256GCM', keysTried: 1 }));
    expect(screen.getByTestId('decrypt-status')).toHaveTextContent('복호화하지 못했습니다.');
    expect(screen.getByTestId('decrypt-reason')).toHaveTextContent(/키가 틀렸거나 토큰이 변조되었습니다/);
  });
});
