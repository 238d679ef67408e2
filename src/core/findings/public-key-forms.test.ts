import { execFileSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKeyPair, type KeyPairType } from '../crypto/test-support/create-key-fixtures';
import { collectSpkiForms, collectTextForms, convertJwkToSpki, formatOpenSshPublicKey } from './public-key-forms';

function spkiOf(type: KeyPairType): Uint8Array {
  return new Uint8Array(getKeyPair(type).publicKey.export({ type: 'spki', format: 'der' }));
}

function sshKeygenImport(spkiPem: string): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'jwt-inspector-ssh-'));
  try {
    const file = path.join(dir, 'key.pem');
    writeFileSync(file, spkiPem);
    return execFileSync('ssh-keygen', ['-i', '-m', 'PKCS8', '-f', file], { stdio: 'pipe' }).toString().trim();
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('convertJwkToSpki', () => {
  it.each<KeyPairType>(['rsa-2048', 'p-256', 'p-384', 'p-521', 'secp256k1', 'ed25519', 'ed448'])('rebuilds the SPKI of a %s JWK byte for byte', (type) => {
    const jwk = getKeyPair(type).publicKey.export({ format: 'jwk' }) as Record<string, string>;
    expect(Buffer.from(convertJwkToSpki(jwk) ?? []).toString('hex')).toBe(Buffer.from(spkiOf(type)).toString('hex'));
  });

  it('returns null for an oct JWK or missing members', () => {
    expect(convertJwkToSpki({ kty: 'oct', k: 'AAAA' })).toBeNull();
    expect(convertJwkToSpki({ kty: 'RSA', n: 'AQAB' })).toBeNull();
    expect(convertJwkToSpki('not a jwk')).toBeNull();
  });
});

describe('formatOpenSshPublicKey', () => {
  it.each<KeyPairType>(['rsa-2048', 'p-256', 'p-384', 'p-521', 'ed25519'])('matches ssh-keygen for %s', (type) => {
    const pem = getKeyPair(type).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const expected = sshKeygenImport(pem);
    if (expected === null) return; // ssh-keygen is not installed here
    expect(formatOpenSshPublicKey(spkiOf(type))).toBe(expected);
  });

  it('has no OpenSSH form for secp256k1 or Ed448', () => {
    expect(formatOpenSshPublicKey(spkiOf('secp256k1'))).toBeNull();
    expect(formatOpenSshPublicKey(spkiOf('ed448'))).toBeNull();
  });
});

describe('collectSpkiForms and collectTextForms', () => {
  it('re-encodes an RSA key as SPKI and PKCS#1, PEM and DER, and OpenSSH', () => {
    const forms = collectSpkiForms(spkiOf('rsa-2048'));
    expect(forms.map((entry) => entry.form)).toEqual([
      'spkiPem', 'spkiPemNoNewline', 'spkiDer', 'pkcs1Pem', 'pkcs1PemNoNewline', 'pkcs1Der', 'openssh', 'opensshNewline',
    ]);
    const pkcs1 = getKeyPair('rsa-2048').publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(new TextDecoder().decode(forms.find((entry) => entry.form === 'pkcs1Pem')?.bytes)).toBe(pkcs1);
    expect(createPublicKey(new TextDecoder().decode(forms[0]?.bytes)).equals(getKeyPair('rsa-2048').publicKey)).toBe(true);
  });

  it('varies the pasted text', () => {
    const forms = collectTextForms('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n');
    expect(forms.map((entry) => entry.form)).toEqual(['asPasted', 'trailingNewlineRemoved', 'crlfLineEnds', 'leadingSpaceAdded']);
    expect(collectTextForms('  x\r\ny').map((entry) => entry.form)).toEqual(['asPasted', 'trailingNewlineAdded', 'lfLineEnds', 'leadingWhitespaceRemoved', 'leadingSpaceAdded']);
  });
});
