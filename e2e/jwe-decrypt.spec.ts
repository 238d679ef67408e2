import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { CompactEncrypt, exportJWK, generateKeyPair } from 'jose';
import { base64url, expect, makeJwe, test } from './fixtures';

// Decryption in the decoder (issue 13, items 1–2) in the production build: JWEs made here with
// jose, pasted with their keys, judged by the hooks of docs/ui-contract.md, "Decoder: JWE"
// (decrypt-status, decrypt-reason, plaintext).

const CLAIMS = { sub: 'jwe-user', iss: 'https://issuer.example', scope: 'read' };
const PASSWORD = 'correct horse battery staple';

type EncryptionKey = Parameters<CompactEncrypt['encrypt']>[0];

function encrypt(header: { alg: string; enc: string; [name: string]: unknown }, key: EncryptionKey, p2c?: number): Promise<string> {
  const encrypter = new CompactEncrypt(new TextEncoder().encode(JSON.stringify(CLAIMS))).setProtectedHeader(header);
  if (p2c !== undefined) encrypter.setKeyManagementParameters({ p2c });
  return encrypter.encrypt(key);
}

/** The token with its header's `p2c` replaced: the header is authenticated, so it then fails, but only after the derivation. */
function withP2c(token: string, p2c: number): string {
  const [header = '', ...rest] = token.split('.');
  const changed = { ...(JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>), p2c };
  return [base64url(JSON.stringify(changed)), ...rest].join('.');
}

function rsaKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { publicKey, privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

test.describe('decrypting a JWE in the decoder', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  test('A256GCM dir with a base64url secret: no key, then decrypted with pretty JSON', async ({ decoder, page }) => {
    const key = randomBytes(32);
    await decoder.pasteToken(await encrypt({ alg: 'dir', enc: 'A256GCM' }, key));
    const status = page.getByTestId('decrypt-status');
    await expect(status).toHaveAttribute('data-status', 'no-key');
    await expect(page.getByTestId('plaintext')).toHaveCount(0);
    await decoder.pasteKey(key.toString('base64url'));
    // The secret is text: its encoding is chosen as for an HMAC secret.
    await decoder.secretEncoding.selectOption('base64url');
    await expect(status).toHaveAttribute('data-status', 'decrypted');
    await expect(page.getByTestId('plaintext')).toContainText('"sub": "jwe-user"');
    await expect(page.getByTestId('plaintext-size')).toHaveAttribute('data-bytes', String(JSON.stringify(CLAIMS).length));
    await expect(page.getByTestId('decrypt-reason')).toHaveCount(0);
  });

  test('a wrong key reads failed, wrong-key, and says a wrong key and a tampered token look alike', async ({ decoder, page }) => {
    await decoder.pasteToken(await encrypt({ alg: 'dir', enc: 'A256GCM' }, randomBytes(32)));
    await decoder.pasteKey(randomBytes(32).toString('base64url'));
    await decoder.secretEncoding.selectOption('base64url');
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'wrong-key');
    await expect(page.getByTestId('decrypt-reason')).toContainText('Wrong key or tampered token');
    await expect(page.getByTestId('plaintext')).toHaveCount(0);
  });

  test('RSA-OAEP-256 with a PKCS#8 PEM decrypts; its public key reads failed, key-public', async ({ decoder, page }) => {
    const keys = rsaKeys();
    await decoder.pasteToken(await encrypt({ alg: 'RSA-OAEP-256', enc: 'A128CBC-HS256' }, keys.publicKey));
    await decoder.pasteKey(keys.privatePem);
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted');
    await expect(page.getByTestId('plaintext')).toContainText('"iss": "https://issuer.example"');
    // A PEM carries its own bytes: no encoding to choose.
    await expect(decoder.secretEncoding).toHaveCount(0);

    await decoder.pasteKey(keys.publicPem);
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'key-public');
    await expect(page.getByTestId('decrypt-reason')).toContainText('private key');
  });

  test('ECDH-ES+A256KW with a private JWK decrypts', async ({ decoder, page }) => {
    const { publicKey, privateKey } = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
    await decoder.pasteToken(await encrypt({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM' }, publicKey));
    await decoder.pasteKey(JSON.stringify(await exportJWK(privateKey)));
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted');
    await expect(page.getByTestId('plaintext')).toContainText('"scope": "read"');
  });

  test('PBES2 with a password (UTF-8 text) decrypts', async ({ decoder, page }) => {
    await decoder.pasteToken(await encrypt({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, new TextEncoder().encode(PASSWORD), 2048));
    await decoder.pasteKey(PASSWORD);
    await expect(decoder.secretEncoding).toBeVisible();
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted');
    await expect(page.getByTestId('plaintext')).toContainText('"sub": "jwe-user"');
  });

  test('a JWK Set without kid: every fitting key is tried and the one that decrypted is named', async ({ decoder, page }) => {
    const right = randomBytes(16);
    const jwks = { keys: [{ kty: 'oct', k: randomBytes(16).toString('base64url') }, { kty: 'oct', k: right.toString('base64url') }] };
    await decoder.pasteToken(await encrypt({ alg: 'A128KW', enc: 'A128GCM' }, right));
    await decoder.pasteKey(JSON.stringify(jwks));
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted');
    await expect(page.getByTestId('decrypt-key-used')).toHaveAttribute('data-index', '1');
    await expect(page.getByTestId('decrypt-key-used')).toContainText('key 2 of the set');
  });

  test('RSA1_5 reads unsupported, never a wrong key', async ({ decoder, page }) => {
    await decoder.pasteToken(makeJwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }));
    await decoder.pasteKey(rsaKeys().privatePem);
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'unsupported');
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'alg-unsupported');
    await expect(page.getByTestId('decrypt-reason')).toContainText('No browser');
  });

  test('A192GCM reads unsupported in Chromium, which has no 192-bit AES', async ({ decoder, page, browserName }) => {
    test.skip(browserName !== 'chromium', 'Only Chromium lacks 192-bit AES');
    const key = randomBytes(24);
    await decoder.pasteToken(await encrypt({ alg: 'dir', enc: 'A192GCM' }, key));
    await decoder.pasteKey(key.toString('hex'));
    await decoder.secretEncoding.selectOption('hex');
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'unsupported');
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'aes-192-unavailable');
    await expect(page.getByTestId('decrypt-reason')).toContainText('192-bit AES');
  });

  test('p2c 600,000 is refused with an estimate; "Decrypt anyway" decrypts it in a worker', async ({ decoder, page }) => {
    await decoder.pasteToken(await encrypt({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, new TextEncoder().encode(PASSWORD), 600_000));
    await decoder.pasteKey(PASSWORD);
    const status = page.getByTestId('decrypt-status');
    await expect(status).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large');
    await expect(page.getByTestId('decrypt-reason')).toContainText('600,000');
    await expect(page.getByTestId('pbes2-estimate')).toContainText(/about [\d.,]+ seconds/);
    await page.getByTestId('decrypt-anyway').click();
    await expect(status).toHaveAttribute('data-status', 'decrypted', { timeout: 30_000 });
    await expect(page.getByTestId('plaintext')).toContainText('"sub": "jwe-user"');
  });

  test('Cancel terminates the worker of an allowed derivation and the count is refused again', async ({ decoder, page }) => {
    const token = await encrypt({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' }, new TextEncoder().encode(PASSWORD), 1000);
    await decoder.pasteToken(withP2c(token, 500_000_000));
    await decoder.pasteKey(PASSWORD);
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large');
    const started = page.waitForEvent('worker', { predicate: (worker) => /decrypt-worker/.test(worker.url()) });
    await page.getByTestId('decrypt-anyway').click();
    const worker = await started;
    // Like the app's other workers, it cannot reach the network.
    expect(await worker.evaluate(() => fetch('./probe').then(() => 'sent', (error: Error) => error.name))).toBe('NetworkClosedError');
    const status = page.getByTestId('decrypt-status');
    await expect(status).toHaveAttribute('data-status', 'pending');
    await expect(page.getByTestId('pbes2-progress')).toContainText(/of about [\d.,]+ s/);
    const closed = worker.waitForEvent('close');
    await page.getByTestId('decrypt-cancel').click();
    await closed;
    await expect(status).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large');
    await expect(page.getByTestId('pbes2-progress')).toHaveCount(0);
    // The consent was for that token only: another token is refused again.
    await decoder.pasteToken(withP2c(token, 400_000_000));
    await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large');
  });
});
