import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encryptJwe, randomKey } from '../../../core/crypto/test-support/create-jwe-fixtures';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';
import { EXAMPLE_TOKEN } from '../page/example-token';

// The real decrypter, whose results a test can hold back and hand out in the order it chooses.
const results = vi.hoisted(() => ({ holding: false, held: [] as { keyText: string; release: () => void }[] }));
vi.mock('../../../core/crypto/decrypt-jwe', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/crypto/decrypt-jwe')>();
  return {
    ...actual,
    decryptJwe: async (...args: Parameters<typeof actual.decryptJwe>) => {
      const result = await actual.decryptJwe(...args);
      if (results.holding) await new Promise<void>((release) => results.held.push({ keyText: args[1], release }));
      return result;
    },
  };
});

const CLAIMS = '{"sub":"derived"}';
const status = () => screen.getByTestId('decrypt-status');

async function showJwe(token: string) {
  const rendered = await renderRoute('/');
  fireEvent.change(screen.getByTestId('token-input'), { target: { value: token } });
  await waitFor(() => expect(status()).toHaveAttribute('data-status', 'no-key'));
  return rendered;
}

function typeKey(text: string) {
  fireEvent.change(screen.getByTestId('key-input'), { target: { value: text } });
}

describe('the decoder derives the decryption of a JWE from its key', () => {
  afterEach(() => {
    results.holding = false;
    for (const { release } of results.held.splice(0)) release();
  });

  it('decrypts with the key in the key box, read in the chosen encoding', async () => {
    const key = randomKey(32);
    const { user } = await showJwe(await encryptJwe(CLAIMS, { alg: 'dir', enc: 'A256GCM' }, key));
    expect(screen.queryByTestId('plaintext')).toBeNull();
    typeKey(encodeBase64Url(key));
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'failed'));
    expect(screen.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'key-length-mismatch');
    await user.selectOptions(screen.getByTestId('secret-encoding'), 'base64url');
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'decrypted'));
    await waitFor(() => expect(screen.getByTestId('plaintext')).toHaveTextContent('"sub": "derived"'));
  });

  it('drops a result that arrives after the key it was for was replaced', async () => {
    const key = randomKey(32);
    await showJwe(await encryptJwe(CLAIMS, { alg: 'dir', enc: 'A256GCM' }, key));
    fireEvent.change(screen.getByTestId('secret-encoding'), { target: { value: 'base64url' } });
    results.holding = true;
    typeKey(encodeBase64Url(randomKey(32)));
    await waitFor(() => expect(results.held).toHaveLength(1));
    typeKey(encodeBase64Url(key));
    await waitFor(() => expect(results.held).toHaveLength(2));
    expect(status()).toHaveAttribute('data-status', 'pending');
    // The right key's result first, then the stale wrong key's: the verdict stays with the key shown.
    results.held[1]?.release();
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'decrypted'));
    results.held[0]?.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(status()).toHaveAttribute('data-status', 'decrypted');
  });

  it('runs an allowed PBES2 count (on the page where workers are missing) and forgets it for a new token', async () => {
    const token = await encryptJwe(CLAIMS, { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, new TextEncoder().encode('pw'), { p2c: 20_000 });
    await showJwe(token);
    typeKey('pw');
    await waitFor(() => expect(screen.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large'));
    fireEvent.click(await screen.findByTestId('decrypt-anyway'));
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'decrypted'));
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: `${token} ` } });
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: token } });
    await waitFor(() => expect(screen.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large'));
  });

  it('shows no decryption for a signed token', async () => {
    await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: EXAMPLE_TOKEN } });
    await waitFor(() => expect(screen.getByTestId('verify-status')).toBeInTheDocument());
    expect(screen.queryByTestId('decrypt-status')).toBeNull();
  });
});
