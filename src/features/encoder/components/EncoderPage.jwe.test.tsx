import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decryptJwe } from '../../../core/crypto/decrypt-jwe';
import { renderRoute } from '../../../testing/render-app';
import { typeKeyWhileRsaKeyIsMade } from '../test-support/type-key-while-generating';

const token = () => screen.getByTestId('encoder-token');
/** Hooks that exist in one mode only (UI contract, "Encoder: JWE"). */
const JWE_ONLY = ['encoder-enc', 'encoder-nest', 'encoder-decryption-key'];
const JWS_ONLY = ['encoder-public-key'];

async function renderJweEncoder() {
  const rendered = await renderRoute('/encode');
  await screen.findByRole('heading', { level: 1 });
  await rendered.user.selectOptions(screen.getByTestId('encoder-mode'), 'jwe');
  return rendered;
}

async function settledJwe(): Promise<string> {
  await waitFor(() => expect(token().textContent).toMatch(/^[\w-]*(\.[\w-]*){4}$/));
  await waitFor(() => expect(screen.getByRole('region', { name: 'Encrypted token' })).toHaveAttribute('aria-busy', 'false'));
  return token().textContent ?? '';
}

function keyBoxText(): string {
  const box = screen.getByTestId('encoder-key');
  return box instanceof HTMLTextAreaElement ? box.value : '';
}

function present(testIds: string[]): boolean[] {
  return testIds.map((testId) => screen.queryByTestId(testId) !== null);
}

describe('EncoderPage in jwe mode', () => {
  it('the mode select shows the JWE controls and hides the JWS ones, and back; each mode keeps its header', async () => {
    const { user } = await renderRoute('/encode');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByTestId('encoder-mode')).toHaveValue('jws');
    expect(present(JWE_ONLY)).toEqual([false, false, false]);
    expect(present(JWS_ONLY)).toEqual([true]);
    const jwsOptions = [...screen.getByTestId('encoder-alg').querySelectorAll('option')].map((option) => option.value);
    expect(jwsOptions).toContain('HS256');

    await user.selectOptions(screen.getByTestId('encoder-mode'), 'jwe');
    // The heading says what the view now does: it encrypts, it does not sign.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Build and encrypt a JSON Web Token');
    expect(present(JWE_ONLY)).toEqual([true, true, true]);
    expect(present(JWS_ONLY)).toEqual([false]);
    expect(screen.queryByTestId('encoder-signing-key')).not.toBeInTheDocument();
    const jweOptions = [...screen.getByTestId('encoder-alg').querySelectorAll('option:not(:disabled)')].map((option) => option.getAttribute('value'));
    expect(jweOptions).toEqual(expect.arrayContaining(['dir', 'RSA-OAEP-256', 'ECDH-ES+A256KW', 'A128KW', 'A256GCMKW', 'PBES2-HS512+A256KW']));
    expect(jweOptions).not.toContain('HS256');
    expect(jweOptions).not.toContain('RSA1_5');
    expect(screen.getByRole('option', { name: 'RSA1_5 (refused: padding oracle)' })).toBeDisabled();
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "dir",\n  "enc": "A256GCM"\n}');
    expect(screen.getByTestId('encoder-payload')).toBeInTheDocument();

    await user.selectOptions(screen.getByTestId('encoder-alg'), 'RSA-OAEP-256');
    await user.selectOptions(screen.getByTestId('encoder-enc'), 'A128CBC-HS256');
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "RSA-OAEP-256",\n  "enc": "A128CBC-HS256"\n}');
    expect(screen.getByTestId('encoder-rsa-bits')).toBeInTheDocument();
    expect(screen.queryByTestId('encoder-secret-encoding')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByTestId('encoder-mode'), 'jws');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Build and sign a JSON Web Token');
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "HS256",\n  "typ": "JWT"\n}');
    expect(present(JWE_ONLY)).toEqual([false, false, false]);
  });

  it('dir A256GCM: a generated key makes a five-part token that the decryption key opens', async () => {
    const { user } = await renderJweEncoder();
    expect(screen.getByTestId('encoder-secret-encoding')).toBeInTheDocument();
    await user.click(screen.getByTestId('encoder-generate-key'));
    const compact = await settledJwe();
    expect([...token().querySelectorAll('[data-part]')].map((part) => part.getAttribute('data-part'))).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    const decryptionKey = screen.getByTestId('encoder-decryption-key').textContent ?? '';
    expect(decryptionKey).toBe(keyBoxText());
    const result = await decryptJwe(compact, decryptionKey, { secretEncoding: 'base64url' });
    if (result.status !== 'decrypted') throw new Error(result.reason);
    expect(JSON.parse(new TextDecoder().decode(result.plaintext))).toEqual({ sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 });
  });

  it('ECDH-ES+A256KW on X25519: the public key goes in the key box, the private key is what decrypts', async () => {
    const { user } = await renderJweEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'ECDH-ES+A256KW');
    await user.selectOptions(screen.getByTestId('encoder-curve'), 'X25519');
    await user.click(screen.getByTestId('encoder-generate-key'));
    const compact = await settledJwe();
    expect(keyBoxText()).toContain('BEGIN PUBLIC KEY');
    const decryptionKey = screen.getByTestId('encoder-decryption-key').textContent ?? '';
    expect(decryptionKey).toContain('BEGIN PRIVATE KEY');
    expect(await decryptJwe(compact, decryptionKey, { secretEncoding: 'utf8' })).toMatchObject({ status: 'decrypted' });
  });

  it('a key pasted while an RSA key pair is being made stays in the box: the generated one does not replace it', async () => {
    const { user } = await renderJweEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'RSA-OAEP-256');
    await typeKeyWhileRsaKeyIsMade(user, 'my own key');
    expect(keyBoxText()).toBe('my own key');
  });

  it('says why no token: a key of the wrong length, RSA-OAEP without a key', async () => {
    const { user } = await renderJweEncoder();
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: 'short' } });
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'key-length-mismatch'));
    expect(screen.getByTestId('encoder-error')).toHaveTextContent('dir needs a key of exactly 32 bytes; this one has 5 bytes.');
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'RSA-OAEP');
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: '' } });
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveTextContent("No key yet: paste the recipient's RSA public key or generate a key pair."));
    expect(screen.getByTestId('encoder-decryption-key')).toHaveTextContent('');
  });

  it('nesting shows the inner signing key and writes cty JWT; the plaintext is a JWS', async () => {
    const { user } = await renderJweEncoder();
    await user.click(screen.getByTestId('encoder-nest'));
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "dir",\n  "enc": "A256GCM",\n  "cty": "JWT"\n}');
    expect(screen.getByTestId('encoder-signing-alg')).toHaveValue('HS256');
    fireEvent.change(screen.getByTestId('encoder-signing-key'), { target: { value: 'a-string-secret-at-least-256-bits-long' } });
    await user.click(screen.getByTestId('encoder-generate-key'));
    const compact = await settledJwe();
    const result = await decryptJwe(compact, screen.getByTestId('encoder-decryption-key').textContent ?? '', { secretEncoding: 'base64url' });
    if (result.status !== 'decrypted') throw new Error(result.reason);
    expect(new TextDecoder().decode(result.plaintext).split('.')).toHaveLength(3);
    await user.click(screen.getByTestId('encoder-nest'));
    expect(screen.queryByTestId('encoder-signing-key')).not.toBeInTheDocument();
    expect(screen.getByTestId('encoder-header')).toHaveValue('{\n  "alg": "dir",\n  "enc": "A256GCM"\n}');
  });

  it('"Open in decoder" carries the token and the decryption key; the decoder decrypts it', async () => {
    const { user } = await renderJweEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'PBES2-HS256+A128KW');
    await user.click(screen.getByTestId('encoder-generate-key'));
    const compact = await settledJwe();
    const password = screen.getByTestId('encoder-decryption-key').textContent ?? '';
    expect(password).toMatch(/^[\w-]{24}$/);
    await user.click(screen.getByTestId('encoder-open-in-decoder'));
    await waitFor(() => expect(screen.getByTestId('token-input')).toHaveValue(compact));
    expect(screen.getByTestId('key-input')).toHaveValue(password);
    await waitFor(() => expect(screen.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted'));
    expect(await screen.findByTestId('plaintext')).toHaveTextContent('John Doe');
  });

  it('a private key pasted for RSA-OAEP: its public half encrypts, a warning says so, and it is the decryption key', async () => {
    const { user } = await renderJweEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'RSA-OAEP-256');
    await user.click(screen.getByTestId('encoder-generate-key'));
    await settledJwe();
    const privatePem = screen.getByTestId('encoder-decryption-key').textContent ?? '';
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: privatePem } });
    const compact = await settledJwe();
    await waitFor(() => expect(screen.getByTestId('encoder-warning')).toHaveAttribute('data-warning', 'key-private'));
    expect(screen.getByTestId('encoder-decryption-key')).toHaveTextContent('BEGIN PRIVATE KEY');
    expect(await decryptJwe(compact, privatePem, { secretEncoding: 'utf8' })).toMatchObject({ status: 'decrypted' });
  });

  it('speaks Korean in jwe mode', async () => {
    const { user } = await renderRoute('/encode', { locale: 'ko' });
    await screen.findByRole('heading', { level: 1 });
    await user.selectOptions(screen.getByTestId('encoder-mode'), 'jwe');
    expect(screen.getByRole('option', { name: '암호화 (JWE)' })).toBeInTheDocument();
    expect(screen.getByText('먼저 서명하고 암호화하기 (중첩 JWT)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '암호화된 토큰' })).toBeInTheDocument();
  });
});
