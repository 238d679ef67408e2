import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findPemLabel, formatPem, parsePem } from './parse-pem';

const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const spkiPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const spkiDer = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
const sec1Pem = privateKey.export({ type: 'sec1', format: 'pem' }).toString();

describe('parsePem', () => {
  it('reads a block to its DER', () => {
    const parsed = parsePem(spkiPem);
    expect(parsed.ok && parsed.blocks.map((block) => block.label)).toEqual(['PUBLIC KEY']);
    expect(parsed.ok && Array.from(parsed.blocks[0]?.der ?? [])).toEqual(Array.from(spkiDer));
  });

  it.each([
    ['CRLF line ends', spkiPem.replace(/\n/g, '\r\n')],
    ['indentation and surrounding text', `Here is my key:\n   ${spkiPem.replace(/\n/g, '\n   ')}\nthanks`],
    ['one line with spaces', spkiPem.replace(/\n/g, ' ')],
    ['line breaks escaped as in JSON', JSON.stringify(spkiPem)],
    ['no padding', spkiPem.replace(/=+\n-----END/, '\n-----END')],
  ])('tolerates %s', (_name, text) => {
    const parsed = parsePem(text);
    expect(parsed.ok && Array.from(parsed.blocks[0]?.der ?? [])).toEqual(Array.from(spkiDer));
  });

  it('reads every block of a chain and keeps their order', () => {
    const parsed = parsePem(`-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n${sec1Pem}${spkiPem}`);
    expect(parsed.ok && parsed.blocks.map((block) => block.label)).toEqual(['EC PARAMETERS', 'EC PRIVATE KEY', 'PUBLIC KEY']);
  });

  it('skips RFC 1421 headers, and refuses an encrypted body', () => {
    const headers = '-----BEGIN PUBLIC KEY-----\nComment: hello\n\n' + spkiPem.split('\n').slice(1).join('\n');
    const parsed = parsePem(headers);
    expect(parsed.ok && parsed.blocks[0]?.headers).toEqual(['Comment: hello']);
    const encrypted = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,0011\n\nAAAA\n-----END RSA PRIVATE KEY-----';
    expect(parsePem(encrypted)).toEqual({ ok: false, error: { code: 'pem-encrypted', label: 'RSA PRIVATE KEY' } });
  });

  it.each([
    ['no armour', 'MIIBIjANBgkq', { code: 'pem-no-armour' }],
    ['a BEGIN line without its dashes', '\n-----BEGIN PUBLIC KEY\nAAAA\n-----END PUBLIC KEY-----', { code: 'pem-bad-armour', line: 2, column: 1 }],
    ['a label with a dash', '-----BEGIN PUBLIC-KEY-----\nAAAA\n-----END PUBLIC-KEY-----', { code: 'pem-bad-armour', line: 1, column: 1 }],
    ['a bad END line', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY---', { code: 'pem-bad-armour', line: 3, column: 1 }],
    ['no END', '-----BEGIN PUBLIC KEY-----\nAAAA\n', { code: 'pem-missing-end', label: 'PUBLIC KEY', line: 1 }],
    ['a BEGIN before the END', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', { code: 'pem-missing-end', label: 'PUBLIC KEY', line: 1 }],
    ['mismatched labels', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END CERTIFICATE-----', { code: 'pem-label-mismatch', begin: 'PUBLIC KEY', end: 'CERTIFICATE', line: 3 }],
    ['an empty body', '-----BEGIN PUBLIC KEY-----\n\n-----END PUBLIC KEY-----', { code: 'pem-empty-body', label: 'PUBLIC KEY' }],
    ['a bad character', '-----BEGIN PUBLIC KEY-----\nAAAA\nAA_A\n-----END PUBLIC KEY-----', { code: 'pem-bad-base64', position: 8, line: 3, column: 3, character: '_' }],
    ['data after padding', '-----BEGIN PUBLIC KEY-----\nAA==AA\n-----END PUBLIC KEY-----', { code: 'pem-bad-base64', position: 5, line: 2, column: 5, character: 'A' }],
    ['too much padding', '-----BEGIN PUBLIC KEY-----\nAA===\n-----END PUBLIC KEY-----', { code: 'pem-bad-base64', position: 5, line: 2, column: 5, character: '=' }],
    ['a length that cannot be base64', '-----BEGIN PUBLIC KEY-----\nAAAAA\n-----END PUBLIC KEY-----', { code: 'pem-bad-base64-length', label: 'PUBLIC KEY', length: 5 }],
    ['an emoji', '-----BEGIN PUBLIC KEY-----\nAA🔑\n-----END PUBLIC KEY-----', { code: 'pem-bad-base64', position: 3, line: 2, column: 3, character: '🔑' }],
  ])('reports %s', (_name, text, error) => {
    expect(parsePem(text)).toEqual({ ok: false, error });
  });

  it('finds the key label, skipping EC PARAMETERS', () => {
    expect(findPemLabel(`-----BEGIN EC PARAMETERS-----\nBggq\n-----END EC PARAMETERS-----\n${sec1Pem}`)).toBe('EC PRIVATE KEY');
    expect(findPemLabel('-----BEGIN EC PARAMETERS-----\nBggq\n-----END EC PARAMETERS-----')).toBe('EC PARAMETERS');
    expect(findPemLabel('-----BEGIN PUBLIC')).toBeNull();
    expect(findPemLabel('secret')).toBeUndefined();
  });

  it('formats DER as PEM that Node reads back', () => {
    const pem = formatPem('PUBLIC KEY', spkiDer);
    expect(pem).toBe(spkiPem);
    for (const length of [0, 1, 2, 3, 47, 48, 49]) {
      const der = new Uint8Array(length).map((_, index) => index * 7);
      const parsed = parsePem(formatPem('X', der));
      if (length === 0) expect(parsed.ok).toBe(false);
      else expect(parsed.ok && Array.from(parsed.blocks[0]?.der ?? [])).toEqual(Array.from(der));
    }
  });
});
