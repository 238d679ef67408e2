import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { useDecoderStore } from '../page/decoder-store';
import { EXAMPLE_SECRET, EXAMPLE_TOKEN } from '../page/example-token';

async function renderWithToken(token = EXAMPLE_TOKEN) {
  const rendered = await renderRoute('/');
  fireEvent.change(screen.getByTestId('token-input'), { target: { value: token } });
  return rendered;
}

const status = () => screen.getByTestId('verify-status');

describe('VerifyPanel', () => {
  afterEach(() => useDecoderStore.getState().clearAll());

  it('verifies the example token with its secret', async () => {
    const { user } = await renderWithToken();
    await user.type(screen.getByTestId('key-input'), EXAMPLE_SECRET);
    await waitFor(() => expect(screen.getByTestId('key-format')).toHaveAttribute('data-format', 'secret'));
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
    expect(status()).toHaveTextContent(/Signature verified/);
    expect(status()).toHaveTextContent(/HS256/);
  });

  it('says the signature does not match with another secret, and why', async () => {
    await renderWithToken();
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: 'not-the-secret' } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    expect(screen.getByTestId('verify-reason')).toHaveAttribute('data-reason', 'signature-mismatch');
  });

  it('reads the secret in the chosen encoding', async () => {
    const { user } = await renderWithToken();
    const hex = Array.from(new TextEncoder().encode(EXAMPLE_SECRET), (byte) => byte.toString(16).padStart(2, '0')).join('');
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: hex } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    await user.selectOptions(screen.getByTestId('secret-encoding'), 'hex');
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
  });

  it('reports an unreadable key as an error with where it broke', async () => {
    await renderWithToken();
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: '{"kty":"RSA","n":"abc",}' } });
    expect(screen.getByTestId('key-format')).toHaveAttribute('data-format', 'jwk');
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'error'));
    expect(screen.getByTestId('verify-reason')).toHaveTextContent(/character 24/);
  });

  it('shows only the result for the latest key when keys change quickly', async () => {
    await renderWithToken();
    const input = screen.getByTestId('key-input');
    fireEvent.change(input, { target: { value: EXAMPLE_SECRET } });
    fireEvent.change(input, { target: { value: `${EXAMPLE_SECRET}x` } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status()).toHaveAttribute('data-status', 'invalid');
  });

  it('never verifies alg none, whatever the key', async () => {
    await renderWithToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.');
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: 'anything' } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    expect(screen.getByTestId('verify-reason')).toHaveAttribute('data-reason', 'alg-none');
  });
});
