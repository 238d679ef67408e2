import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { CompactEncrypt, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { expect, test } from './fixtures';

// Decryption in the decoder (issue 13, items 1–2) in the production build: JWEs made here with
// jose, pasted with their keys, judged by the hooks of docs/ui-contract.md, "Decoder: JWE"
// (decrypt-status, decrypt-reason, plaintext).

const CLAIMS = { sub: 'jwe-user', iss: 'https://issuer.example', scope: 'read' };
const PLAINTEXT = new TextEncoder().encode(JSON.stringify(CLAIMS));
const PASSWORD = 'correct horse battery staple';

function encrypt(header: Record<string, unknown>, key: CryptoKey | Uint8Array, plaintext = PLAINTEXT): Promise<string> {
  const { p2c, ...protectedHeader } = header;
  const encrypter = new CompactEncrypt(plaintext).setProtectedHeader(protectedHeader as { alg: string; enc: string });
  if (typeof p2c === 'number') encrypter.setKeyManagementParameters({ p2c });
  return encrypter.encrypt(key);
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
    await decoder.secretEncoding.selectOption('base64url');
    await expect(status).toHaveAttribute('data-status', 'decrypted');
    await expect(page.getByTestId('plaintext')).toContainText('"sub": "jwe-user"');
  });
});
