import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifySignature } from '../../../core/crypto/verify-signature';
import { EXAMPLE_SECRET, EXAMPLE_TOKEN } from '../../../testing/fixtures/tokens';
import { renderRoute } from '../../../testing/render-app';
import { typeKeyWhileRsaKeyIsMade } from '../test-support/type-key-while-generating';

const token = () => screen.getByTestId('encoder-token');
const SECRET = 'a-string-secret-at-least-256-bits-long';

async function renderEncoder(locale: 'en' | 'ko' = 'en') {
  const rendered = await renderRoute('/encode', { locale });
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}

async function settledToken(): Promise<string> {
  await waitFor(() => expect(token().textContent).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/));
  await waitFor(() => expect(screen.getByRole('region', { name: 'Signed token' })).toHaveAttribute('aria-busy', 'false'));
  return token().textContent ?? '';
}

/** The decoder (the other side of the handoff), filled through its own inputs: features never import each other. */
async function renderDecoderWith(tokenText: string, keyText: string) {
  const rendered = await renderRoute('/');
  fireEvent.change(screen.getByTestId('token-input'), { target: { value: tokenText } });
  fireEvent.change(screen.getByTestId('key-input'), { target: { value: keyText } });
  return rendered;
}

function decodePart(compact: string, index: number): unknown {
  return JSON.parse(Buffer.from(compact.split('.')[index] ?? '', 'base64url').toString('utf8'));
}

describe('EncoderPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is a view with an <h1>, reached from the navigation, and asks for a key before it can sign', async () => {
    await renderEncoder();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Build and sign a JSON Web Token');
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Encoder' })).toHaveAttribute('href', '/encode');
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "HS256",\n  "typ": "JWT"\n}');
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'key-missing'));
    expect(screen.getByTestId('encoder-error')).toHaveTextContent('No key yet: type a secret or generate one.');
    expect(token()).toHaveTextContent('');
  });

  it('signs live with a typed secret; the token verifies and carries the payload as typed', async () => {
    await renderEncoder();
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: SECRET } });
    fireEvent.change(screen.getByTestId('encoder-payload'), { target: { value: '{\n  "sub": "1",\n  "name": "Zoë 김철수 🔑"\n}' } });
    const compact = await settledToken();
    expect(screen.queryByTestId('encoder-error')).not.toBeInTheDocument();
    expect(decodePart(compact, 1)).toEqual({ sub: '1', name: 'Zoë 김철수 🔑' });
    expect(await verifySignature({ token: compact, key: SECRET })).toMatchObject({ status: 'valid' });
    expect(within(token()).getAllByText(/./).map((part) => part.getAttribute('data-part')).filter(Boolean)).toEqual(['header', 'payload', 'signature']);
    expect(screen.getByTestId('encoder-public-key')).toHaveTextContent(SECRET);
  });

  it('keeps the algorithm select and the header’s alg in step, both ways', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'ES384');
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "ES384",\n  "typ": "JWT"\n}');
    fireEvent.change(screen.getByTestId('encoder-header'), { target: { value: '{"alg":"PS256","kid":"k1"}' } });
    expect(screen.getByTestId('encoder-alg')).toHaveValue('PS256');
    expect(screen.getByTestId('encoder-rsa-bits')).toBeInTheDocument();
  });

  it('shows invalid JSON in place, with line and column, and makes no token', async () => {
    await renderEncoder();
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: SECRET } });
    await settledToken();
    fireEvent.change(screen.getByTestId('encoder-payload'), { target: { value: '{\n  "sub": "1",\n}' } });
    expect(screen.getByTestId('encoder-payload')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('encoder-payload-error')).toHaveTextContent('Line 3, column 1: unexpected “}”.');
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'json-invalid'));
    expect(screen.getByTestId('encoder-error')).toHaveTextContent('The payload is not valid JSON: unexpected “}” at line 3, column 1.');
    expect(token()).toHaveTextContent('');
    expect(document.querySelector('.json-error-mark')).toHaveTextContent('}');
  });

  it('gives a precise error for a key of the wrong type', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'RS256');
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: SECRET } });
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'key-alg-mismatch'));
    expect(screen.getByTestId('encoder-error')).toHaveTextContent('it is a secret (text that is not a PEM or JWK private key), and RS256 needs an RSA private key.');
  });

  it('makes an unsigned token only after the loud confirmation', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'none');
    expect(screen.getByRole('alert')).toHaveTextContent(/no signature: anyone can write one/);
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'none-not-confirmed'));
    await user.click(screen.getByTestId('encoder-none-confirm'));
    const compact = await settledToken();
    expect(compact.endsWith('.')).toBe(true);
    expect(decodePart(compact, 0)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(screen.getByTestId('encoder-warning')).toHaveAttribute('data-warning', 'unsigned');
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'HS256');
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'none');
    expect(screen.getByTestId('encoder-none-confirm')).not.toBeChecked();
  });

  it('allows a short HMAC secret, with a visible warning', async () => {
    await renderEncoder();
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: 'short' } });
    await settledToken();
    expect(screen.getByTestId('encoder-warning')).toHaveAttribute('data-warning', 'hmac-secret-short');
    expect(screen.getByTestId('encoder-warning')).toHaveTextContent('The secret has 5 bytes; at least 32 (the hash size) are recommended');
  });

  it('generates an ES256 key pair: private key in the box, public key shown, and the token verifies with it', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'ES256');
    await user.click(screen.getByTestId('encoder-generate-key'));
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('encoder-key').value).toMatch(/^-----BEGIN PRIVATE KEY-----/));
    const publicKey = screen.getByTestId('encoder-public-key').textContent ?? '';
    expect(publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const compact = await settledToken();
    expect(await verifySignature({ token: compact, key: publicKey })).toMatchObject({ status: 'valid' });
    await user.click(screen.getByText('Export the generated key'));
    await user.selectOptions(screen.getByTestId('encoder-export-format'), 'jwks');
    const jwks = JSON.parse(screen.getByTestId('encoder-export').textContent ?? '') as { keys: { kid: string }[] };
    expect(jwks.keys[0]?.kid).toBe(screen.getByTestId('encoder-kid').textContent);
  });

  it('a key typed while an RSA key is being made stays in the box: the generated one does not replace it', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'RS256');
    await typeKeyWhileRsaKeyIsMade(user, 'my own key');
    expect(screen.getByTestId('encoder-key')).toHaveValue('my own key');
    expect(screen.getByTestId('encoder-public-key').textContent).toBe('');
  });

  it('generates an HMAC secret of the hash size, shown in base64url when UTF-8 was chosen', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'HS512');
    await user.click(screen.getByTestId('encoder-generate-key'));
    await waitFor(() => expect(screen.getByTestId('encoder-secret-encoding')).toHaveValue('base64url'));
    const secret = screen.getByTestId<HTMLTextAreaElement>('encoder-key').value;
    expect(Buffer.from(secret, 'base64url')).toHaveLength(64);
    await user.selectOptions(screen.getByTestId('encoder-secret-encoding'), 'hex');
    expect(screen.getByTestId('encoder-key')).toHaveValue(Buffer.from(secret, 'base64url').toString('hex'));
    const compact = await settledToken();
    expect(screen.queryByTestId('encoder-warning')).not.toBeInTheDocument();
    expect(await verifySignature({ token: compact, key: Buffer.from(secret, 'base64url').toString('hex') }, { secretEncoding: 'hex' })).toMatchObject({ status: 'valid' });
  });

  it('claim helpers write the claims into the payload text', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const { user } = await renderEncoder();
    await user.click(screen.getByTestId('claim-iat-now'));
    await user.click(screen.getByTestId('claim-exp-h1'));
    await user.click(screen.getByTestId('claim-jti'));
    await user.selectOptions(screen.getByTestId('claim-add'), 'iss');
    const payload = JSON.parse(screen.getByTestId<HTMLTextAreaElement>('encoder-payload').value) as Record<string, unknown>;
    expect(payload).toMatchObject({ sub: '1234567890', iat: 1_700_000_000, exp: 1_700_003_600, iss: 'https://issuer.example' });
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(screen.getByTestId('claim-add')).getByRole('option', { name: 'iss — Issuer' })).toBeDisabled();
    expect(screen.getByTestId<HTMLTextAreaElement>('encoder-payload').value).toContain('\n  "iat": 1700000000,\n');
  });

  it('"Open in decoder" carries the token and the verifier key, and the decoder says valid', async () => {
    const { user } = await renderEncoder();
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: SECRET } });
    const compact = await settledToken();
    await user.click(screen.getByTestId('encoder-open-in-decoder'));
    await waitFor(() => expect(screen.getByTestId('token-input')).toHaveValue(compact));
    expect(screen.getByTestId('key-input')).toHaveValue(SECRET);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));
  });

  it('"Edit in encoder" on the decoder carries header, payload and secret; re-signing gives the same token', async () => {
    const { user } = await renderDecoderWith(EXAMPLE_TOKEN, EXAMPLE_SECRET);
    await user.click(screen.getByTestId('edit-in-encoder'));
    await screen.findByRole('heading', { level: 1, name: 'Build and sign a JSON Web Token' });
    expect(screen.getByTestId('encoder-key')).toHaveValue(EXAMPLE_SECRET);
    expect(await settledToken()).toBe(EXAMPLE_TOKEN);
  });

  it('a public key pasted in the decoder is not carried (it cannot sign)', async () => {
    const { user } = await renderDecoderWith(EXAMPLE_TOKEN, '{"kty":"EC","crv":"P-256","x":"a","y":"b"}');
    await user.click(screen.getByTestId('edit-in-encoder'));
    await screen.findByTestId('encoder-key');
    expect(screen.getByTestId('encoder-key')).toHaveValue('');
  });

  it('speaks Korean', async () => {
    await renderEncoder('ko');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('JSON 웹 토큰 만들기와 서명');
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveTextContent('아직 키가 없습니다'));
  });
});
