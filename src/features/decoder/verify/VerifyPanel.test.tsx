import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { EXAMPLE_SECRET, EXAMPLE_TOKEN } from '../page/example-token';

// The real verifier, whose results a test can hold back and hand out in the order it chooses.
const verdicts = vi.hoisted(() => ({ holding: false, held: [] as { key: unknown; release: () => void }[] }));
vi.mock('../../../core/crypto/verify-signature', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/crypto/verify-signature')>();
  return {
    ...actual,
    verifySignature: async (...args: Parameters<typeof actual.verifySignature>) => {
      const result = await actual.verifySignature(...args);
      if (verdicts.holding) await new Promise<void>((release) => verdicts.held.push({ key: args[0].key, release }));
      return result;
    },
  };
});

async function renderWithToken(token = EXAMPLE_TOKEN) {
  const rendered = await renderRoute('/');
  fireEvent.change(screen.getByTestId('token-input'), { target: { value: token } });
  return rendered;
}

const status = () => screen.getByTestId('verify-status');

describe('VerifyPanel', () => {
  afterEach(() => {
    verdicts.holding = false;
    for (const { release } of verdicts.held.splice(0)) release();
  });

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

  it('shows only the result for the latest key when the first key\'s verdict arrives last', async () => {
    await renderWithToken();
    const input = screen.getByTestId('key-input');
    verdicts.holding = true;
    fireEvent.change(input, { target: { value: EXAMPLE_SECRET } });
    // The first key's verdict (valid) is computed and held back.
    await waitFor(() => expect(verdicts.held).toHaveLength(1));
    const element = status();
    expect(element).toHaveAttribute('data-status', 'pending');
    const before: (string | null)[] = [];
    const observer = new MutationObserver((records) => before.push(...records.map((record) => record.oldValue)));
    observer.observe(element, { attributes: true, attributeFilter: ['data-status'], attributeOldValue: true });

    fireEvent.change(input, { target: { value: `${EXAMPLE_SECRET}x` } });
    await waitFor(() => expect(verdicts.held).toHaveLength(2));
    const [first, second] = verdicts.held;
    expect(second?.key).toMatchObject({ ok: true, key: { kind: 'secret' } });
    second?.release();
    await waitFor(() => expect(element).toHaveAttribute('data-status', 'invalid'));
    first?.release();
    // Let the stale verdict's continuation run and anything it would render commit.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

    observer.disconnect();
    expect(status()).toBe(element);
    expect([...before, element.dataset.status]).toEqual(['pending', 'invalid']);
    expect(screen.getByTestId('verify-reason')).toHaveAttribute('data-reason', 'signature-mismatch');
  });

  it('never verifies alg none, whatever the key', async () => {
    await renderWithToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.');
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: 'anything' } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    expect(screen.getByTestId('verify-reason')).toHaveAttribute('data-reason', 'alg-none');
  });

  it('says an unsigned token has nothing to verify before any key is asked for', async () => {
    await renderWithToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.');
    expect(status()).toHaveAttribute('data-status', 'invalid');
    await waitFor(() => expect(screen.getByTestId('verify-reason')).toHaveAttribute('data-reason', 'alg-none'));
  });

  it('offers the secret encoding only for a secret', async () => {
    await renderWithToken();
    expect(screen.getByTestId('secret-encoding')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: '{"kty":"oct","k":"c2VjcmV0"}' } });
    await waitFor(() => expect(screen.getByTestId('key-format')).toHaveAttribute('data-format', 'jwk'));
    expect(screen.queryByTestId('secret-encoding')).toBeNull();
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: EXAMPLE_SECRET } });
    await waitFor(() => expect(screen.getByTestId('secret-encoding')).toBeInTheDocument());
  });
});
