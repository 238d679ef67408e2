import { generateKeyPairSync, verify, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCertificate, getKeyPair } from '../crypto/test-support/create-key-fixtures';
import { parsePem } from './parse-pem';
import { formatDistinguishedName, readCertificate } from './read-certificate';

const certificatePem = createCertificate(getKeyPair('rsa-2048'), 'Example Ünïcode, Ltd');
if (certificatePem === undefined) console.warn('[read-certificate] SKIPPED: the openssl CLI is not available to make a certificate.');

describe.skipIf(certificatePem === undefined)('readCertificate', () => {
  const pem = certificatePem ?? '';
  const parsed = parsePem(pem);
  const der = parsed.ok ? (parsed.blocks[0]?.der ?? new Uint8Array()) : new Uint8Array();
  const oracle = new X509Certificate(pem);

  it('reads what Node reads: names, validity, serial number, key', () => {
    const read = readCertificate(der);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { certificate } = read;
    expect(certificate.notBeforeSeconds).toBe(Date.parse(oracle.validFrom) / 1000);
    expect(certificate.notAfterSeconds).toBe(Date.parse(oracle.validTo) / 1000);
    expect(certificate.notAfterSeconds - certificate.notBeforeSeconds).toBe(30 * 86_400);
    // Node drops a leading zero nibble of the serial (an odd-length hex string); we keep whole bytes.
    expect(certificate.serialNumberHex.toUpperCase().replace(/^0+/, '')).toBe(oracle.serialNumber.replace(/^0+/, ''));
    expect(certificate.subject).toEqual([
      [{ oid: '2.5.4.3', name: 'CN', value: 'Example Ünïcode, Ltd' }],
      [{ oid: '2.5.4.10', name: 'O', value: 'JWT Inspector' }],
      [{ oid: '2.5.4.6', name: 'C', value: 'GB' }],
    ]);
    expect(certificate.issuer).toEqual(certificate.subject);
    expect(formatDistinguishedName(certificate.subject)).toBe('C=GB, O=JWT Inspector, CN=Example Ünïcode\\, Ltd');
    expect(Buffer.from(certificate.spki).toString('hex')).toBe(oracle.publicKey.export({ type: 'spki', format: 'der' }).toString('hex'));
    expect(certificate.keyInfo).toEqual({ type: 'rsa', modulusBits: 2048, publicExponent: 65_537n });
  });

  it('gives what the signature covers, which Node verifies with the certificate key', () => {
    const read = readCertificate(der);
    if (!read.ok) throw new Error('the certificate did not read');
    const { selfIssued, signature } = read.certificate;
    expect(selfIssued).toBe(true);
    expect(signature.algorithm.oid).toBe('1.2.840.113549.1.1.11');
    expect(verify('sha256', signature.signed, oracle.publicKey, signature.value)).toBe(true);
  });

  it('reports a truncated certificate with the offset', () => {
    expect(readCertificate(der.subarray(0, 200))).toMatchObject({ ok: false, error: { code: 'der-truncated', structure: 'certificate' } });
  });

  it('refuses a public key given as a certificate', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(readCertificate(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })))).toMatchObject({
      ok: false,
      error: { code: 'der-unexpected-tag', structure: 'certificate' },
    });
  });
});
