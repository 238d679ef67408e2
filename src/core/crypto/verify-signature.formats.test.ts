import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectKeyFormat } from '../keys/detect-key-format';
import {
  createAsymmetricKeyForms,
  createCertificate,
  createSecretForms,
  getKeyPair,
  signToken,
  tamperSignature,
  type FixtureFormat,
  type FixtureKey,
  type KeyPairType,
} from './test-support/create-key-fixtures';
import { verifySignature } from './verify-signature';

// Every algorithm × every key format a user can paste, with keys generated now and tokens signed
// by Node's crypto (not jose), so the verifier is checked against an independent signer.

const certificateAvailable = createCertificate(getKeyPair('p-256')) !== undefined;
if (!certificateAvailable) console.warn('[verify-signature.formats] SKIPPED pem-x509 fixtures: the openssl CLI is not available to make certificates.');

const ASYMMETRIC: ReadonlyArray<[alg: string, pair: KeyPairType]> = [
  ['RS256', 'rsa-2048'],
  ['RS384', 'rsa-2048'],
  ['RS512', 'rsa-2048'],
  ['PS256', 'rsa-2048'],
  ['PS384', 'rsa-2048'],
  ['PS512', 'rsa-2048'],
  ['ES256', 'p-256'],
  ['ES384', 'p-384'],
  ['ES512', 'p-521'],
  ['EdDSA', 'ed25519'],
  ['Ed25519', 'ed25519'],
];

const EXPECTED_ASYMMETRIC_FORMATS: Readonly<Record<string, FixtureFormat[]>> = {
  rsa: ['pem-spki', 'pem-pkcs1', 'pem-x509', 'jwk', 'jwks', 'pkcs8', 'pkcs1-private', 'private-jwk'],
  ec: ['pem-spki', 'pem-x509', 'jwk', 'jwks', 'pkcs8', 'sec1', 'private-jwk'],
  okp: ['pem-spki', 'pem-x509', 'jwk', 'jwks', 'pkcs8', 'private-jwk'],
};

interface Row {
  alg: string;
  format: FixtureFormat;
  key: FixtureKey;
  token: string;
  kidToken?: string;
}

const secretBytes = new Uint8Array(randomBytes(64));
const secretText = 'correct horse battery staple — ünïcödé 🔑 0123456789abcdef0123456789abcdef';
const secretForms = createSecretForms(secretBytes, secretText);
const hmacRows: Row[] = ['HS256', 'HS384', 'HS512'].flatMap((alg) =>
  (Object.entries(secretForms) as [FixtureFormat, FixtureKey][]).map(([format, key]) => ({
    alg,
    format,
    key,
    token: signToken(alg, format === 'secret-utf8' ? new TextEncoder().encode(secretText) : secretBytes),
  })),
);

const asymmetricRows: Row[] = ASYMMETRIC.flatMap(([alg, type]) => {
  const pair = getKeyPair(type);
  const forms = createAsymmetricKeyForms(pair, alg, certificateAvailable);
  return (Object.entries(forms) as [FixtureFormat, FixtureKey][]).map(([format, key]) => ({
    alg,
    format,
    key,
    token: signToken(alg, pair.privateKey),
    kidToken: signToken(alg, pair.privateKey, { header: { kid: 'fixture-key' } }),
  }));
});

const rows = [...hmacRows, ...asymmetricRows];
const PRIVATE_FORMATS = new Set<FixtureFormat>(['pkcs8', 'sec1', 'pkcs1-private', 'private-jwk']);

describe('generated fixtures: every algorithm × key format', () => {
  it('covers every format for each algorithm family', () => {
    for (const [alg, type] of ASYMMETRIC) {
      const family = type.startsWith('rsa') ? 'rsa' : type.startsWith('p-') ? 'ec' : 'okp';
      const formats = asymmetricRows.filter((row) => row.alg === alg).map((row) => row.format);
      const expected = (EXPECTED_ASYMMETRIC_FORMATS[family] ?? []).filter((format) => certificateAvailable || format !== 'pem-x509');
      expect(formats.sort()).toEqual([...expected].sort());
    }
    expect(hmacRows.map((row) => row.format).filter((format, index, all) => all.indexOf(format) === index).sort()).toEqual(
      ['jwk', 'secret-base64', 'secret-base64url', 'secret-hex', 'secret-utf8'],
    );
  });

  it.each(rows.map((row) => [`${row.alg} ${row.format}`, row] as const))('%s verifies', async (_name, row) => {
    expect(detectKeyFormat(row.key.text)).toBe(row.key.detected);
    const result = await verifySignature({ token: row.token, key: row.key.text }, { secretEncoding: row.key.secretEncoding ?? 'utf8' });
    expect(result, JSON.stringify({ reason: result.reason, params: result.params })).toMatchObject({ status: 'valid', keyFormat: row.key.detected });
    if (PRIVATE_FORMATS.has(row.format)) expect(result.keyNotes).toContain('private-key-pasted');
    else expect(result.keyNotes ?? []).not.toContain('private-key-pasted');
    if (row.format === 'jwks') expect(result.usedKid).toBe('fixture-key');
  });

  it.each(rows.map((row) => [`${row.alg} ${row.format}`, row] as const))('%s refuses a tampered signature', async (_name, row) => {
    const result = await verifySignature({ token: tamperSignature(row.token), key: row.key.text }, { secretEncoding: row.key.secretEncoding ?? 'utf8' });
    expect(result).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
  });

  it.each(asymmetricRows.filter((row) => row.format === 'jwks').map((row) => [row.alg, row] as const))(
    '%s: the token kid selects the JWKS member and names it',
    async (_alg, row) => {
      const result = await verifySignature({ token: row.kidToken ?? '', key: row.key.text });
      expect(result).toMatchObject({ status: 'valid', usedKid: 'fixture-key', params: { tried: 1 } });
    },
  );

  it.each(['base64url', 'base64', 'hex'] as const)('HS256 with a %s secret read as UTF-8 text does not verify', async (encoding) => {
    const row = hmacRows.find((candidate) => candidate.alg === 'HS256' && candidate.key.secretEncoding === encoding);
    expect(row).toBeDefined();
    const result = await verifySignature({ token: row?.token ?? '', key: row?.key.text ?? '' }, { secretEncoding: 'utf8' });
    expect(result).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
  });
});
