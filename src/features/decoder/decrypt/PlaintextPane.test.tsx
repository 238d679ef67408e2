import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JweDecrypted } from '../../../core/crypto/jwe-decryption';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { settleDecryption, type DecryptionVerdict } from './decryption-verdict';
import { PlaintextPane } from './PlaintextPane';
import { MAX_PRETTY_CHARS } from './read-plaintext';

// The nested token is another view's: here only that it is mounted, and with what.
vi.mock('../nested/NestedToken', () => ({ NestedToken: ({ token }: { token: string }) => <section data-testid="nested-token" data-token={token} /> }));

const JWS = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';

function verdictFor(plaintext: Uint8Array, extra: Partial<JweDecrypted> = {}, cty?: string) {
  const verdict = settleDecryption({ status: 'decrypted', plaintext, alg: 'dir', enc: 'A256GCM', ...extra }, cty);
  return verdict as Extract<DecryptionVerdict, { state: 'decrypted' }>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('PlaintextPane', () => {
  beforeEach(async () => {
    await activateLocale('en');
    await loadArea('jwe');
  });

  const cases: [string, Uint8Array, string | undefined, { text: string | RegExp; notes: RegExp[]; nested: string | null }][] = [
    ['JSON, pretty', utf8('{"sub":"x"}'), undefined, { text: '{ "sub": "x" }', notes: [/11 bytes/], nested: null }],
    ['plain text', utf8('hello'), undefined, { text: 'hello', notes: [/5 bytes/, /not JSON, so it is shown as text/], nested: null }],
    ['not UTF-8, as hex', new Uint8Array([0x41, 0xff, 0xbe, 0xef]), undefined, { text: '41ffbeef', notes: [/4 bytes/, /not UTF-8 text \(byte 2 is not\), so its bytes are shown as hex/], nested: null }],
    ['too long to re-indent', utf8(`"${'x'.repeat(MAX_PRETTY_CHARS)}"`), undefined, { text: /^"xxxx/, notes: [/longer than 262,144 characters, so it is shown as decrypted/], nested: null }],
    ['a compact JWS', utf8(JWS), undefined, { text: JWS, notes: [/itself a token/], nested: JWS }],
    ['cty JWT', utf8('a.b.c.d.e'), 'JWT', { text: 'a.b.c.d.e', notes: [/itself a token/], nested: 'a.b.c.d.e' }],
  ];

  it.each(cases)('%s', async (_name, bytes, cty, expected) => {
    render(<PlaintextPane verdict={verdictFor(bytes, {}, cty)} />);
    expect(screen.getByTestId('plaintext')).toHaveTextContent(expected.text);
    const pane = screen.getByRole('region', { name: 'Plaintext' });
    for (const note of expected.notes) expect(pane).toHaveTextContent(note);
    if (expected.nested === null) expect(screen.queryByTestId('nested-token')).toBeNull();
    // The nested token's view is a chunk of its own, fetched when a plaintext is a token.
    else expect(await screen.findByTestId('nested-token')).toHaveAttribute('data-token', expected.nested);
  });

  it('marks hidden characters in the plaintext', () => {
    render(<PlaintextPane verdict={verdictFor(utf8('{"name":"a\u200Bb"}'))} />);
    expect(within(screen.getByTestId('plaintext')).getAllByTestId('hidden-char').map((mark) => mark.dataset.codepoint)).toEqual(['200b']);
  });

  it('gives the zip ratio when the plaintext was compressed', () => {
    render(<PlaintextPane verdict={verdictFor(utf8('a'.repeat(1000)), { zip: { compressedBytes: 20, inflatedBytes: 1000, ratio: 50 } })} />);
    expect(screen.getByTestId('plaintext-zip')).toHaveTextContent('Compressed (zip “DEF”): 20 bytes of ciphertext inflated to 1,000 bytes, 50 times as large.');
  });
});
