// Test-only: builds keys in every pasteable format with Node's crypto (and the openssl CLI for
// certificates), and signs tokens with Node's crypto, independently of jose.
import { execFileSync } from 'node:child_process';
import {
  constants,
  createHmac,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KeyFormat } from '../../keys/detect-key-format';
import type { SecretEncoding } from '../../keys/decode-secret';

export type FixtureFormat =
  | 'secret-utf8'
  | 'secret-base64url'
  | 'secret-base64'
  | 'secret-hex'
  | 'pem-spki'
  | 'pem-pkcs1'
  | 'pem-x509'
  | 'jwk'
  | 'jwks'
  | 'pkcs8'
  | 'sec1'
  | 'pkcs1-private'
  | 'private-jwk';

export interface FixtureKey {
  text: string;
  secretEncoding?: SecretEncoding;
  /** What detectKeyFormat must say about `text`. */
  detected: KeyFormat;
}

export type KeyPairType = 'rsa-2048' | 'rsa-1024' | 'p-256' | 'p-384' | 'p-521' | 'secp256k1' | 'ed25519' | 'ed448';

export interface KeyPair {
  type: KeyPairType;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const NODE_CURVES: Readonly<Record<string, string>> = { 'p-256': 'prime256v1', 'p-384': 'secp384r1', 'p-521': 'secp521r1', secp256k1: 'secp256k1' };

const pairs = new Map<KeyPairType, KeyPair>();

/** Returns a key pair of the given type, generated once per test file. */
export function getKeyPair(type: KeyPairType): KeyPair {
  const cached = pairs.get(type);
  if (cached) return cached;
  let generated: { privateKey: KeyObject; publicKey: KeyObject };
  if (type.startsWith('rsa-')) generated = generateKeyPairSync('rsa', { modulusLength: Number(type.slice(4)) });
  else if (type === 'ed25519') generated = generateKeyPairSync('ed25519');
  else if (type === 'ed448') generated = generateKeyPairSync('ed448');
  else generated = generateKeyPairSync('ec', { namedCurve: NODE_CURVES[type] ?? type });
  const pair = { type, ...generated };
  pairs.set(type, pair);
  return pair;
}

export function base64url(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64url');
}

export interface SignOptions {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown> | string;
}

const HASHES: Readonly<Record<string, string>> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

/** Returns `header.payload.signature` signed by Node's crypto for `alg` (RFC 7518 encodings: raw R||S, PSS salt = hash length). */
export function signToken(alg: string, key: KeyObject | Uint8Array, options: SignOptions = {}): string {
  const header = base64url(JSON.stringify({ alg, typ: 'JWT', ...options.header }));
  const payloadText = typeof options.payload === 'string' ? options.payload : JSON.stringify(options.payload ?? { sub: 'fixture', iat: 1_700_000_000 });
  const signingInput = `${header}.${base64url(payloadText)}`;
  const hash = HASHES[alg.slice(2)] ?? 'sha256';
  let signature: Uint8Array;
  if (alg.startsWith('HS')) {
    signature = createHmac(hash, key).update(signingInput).digest();
  } else if (alg.startsWith('RS')) {
    signature = sign(hash, Buffer.from(signingInput), key as KeyObject);
  } else if (alg.startsWith('PS')) {
    signature = sign(hash, Buffer.from(signingInput), { key: key as KeyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 });
  } else if (alg.startsWith('ES')) {
    signature = sign(alg === 'ES256K' ? 'sha256' : hash, Buffer.from(signingInput), { key: key as KeyObject, dsaEncoding: 'ieee-p1363' });
  } else {
    signature = sign(null, Buffer.from(signingInput), key as KeyObject);
  }
  return `${signingInput}.${base64url(signature)}`;
}

/** Returns the token with one signature bit flipped. */
export function tamperSignature(token: string): string {
  const [header, payload, signature = ''] = token.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}

let opensslAvailable: boolean | undefined;

/** Returns a self-signed certificate PEM for the key pair made by the openssl CLI, or undefined when openssl is not available. */
export function createCertificate(pair: KeyPair, commonName = 'jwt-inspector test key'): string | undefined {
  if (opensslAvailable === false) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'jwt-inspector-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    writeFileSync(keyFile, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    execFileSync('openssl', ['req', '-new', '-x509', '-utf8', '-key', keyFile, '-subj', `/CN=${commonName}/O=JWT Inspector/C=GB`, '-days', '30', '-out', certFile], {
      stdio: 'pipe',
    });
    opensslAvailable = true;
    return readFileSync(certFile, 'utf8');
  } catch {
    opensslAvailable = false;
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Returns the public JWK of a key pair, with extra members. */
export function publicJwk(pair: KeyPair, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...pair.publicKey.export({ format: 'jwk' }), ...extra };
}

/** Returns every pasteable form of an asymmetric key pair, keyed by fixture format (formats that do not apply are left out). */
export function createAsymmetricKeyForms(pair: KeyPair, alg: string, withCertificate: boolean): Partial<Record<FixtureFormat, FixtureKey>> {
  const forms: Partial<Record<FixtureFormat, FixtureKey>> = {};
  const isRsa = pair.type.startsWith('rsa-');
  const isEc = pair.type.startsWith('p-') || pair.type === 'secp256k1';
  forms['pem-spki'] = { text: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(), detected: 'pem-spki' };
  if (isRsa) forms['pem-pkcs1'] = { text: pair.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(), detected: 'pem-pkcs1' };
  if (withCertificate) {
    const certificate = createCertificate(pair);
    if (certificate !== undefined) forms['pem-x509'] = { text: certificate, detected: 'pem-x509' };
  }
  forms.jwk = { text: JSON.stringify(publicJwk(pair, { alg, use: 'sig', kid: 'fixture-key' }), null, 2), detected: 'jwk' };
  const decoyRsa = getKeyPair('rsa-2048') === pair ? getKeyPair('rsa-1024') : getKeyPair('rsa-2048');
  const jwks = {
    keys: [
      publicJwk(getKeyPair('p-384') === pair ? getKeyPair('p-256') : getKeyPair('p-384'), { kid: 'decoy-ec' }),
      publicJwk(decoyRsa, { kid: 'decoy-rsa' }),
      { kty: 'oct', k: base64url(randomBytes(32)), kid: 'decoy-oct' },
      publicJwk(pair, { kid: 'fixture-key' }),
    ],
  };
  forms.jwks = { text: JSON.stringify(jwks), detected: 'jwks' };
  forms.pkcs8 = { text: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), detected: 'private-key' };
  if (isEc) forms.sec1 = { text: pair.privateKey.export({ type: 'sec1', format: 'pem' }).toString(), detected: 'private-key' };
  if (isRsa) forms['pkcs1-private'] = { text: pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), detected: 'private-key' };
  forms['private-jwk'] = { text: JSON.stringify(pair.privateKey.export({ format: 'jwk' })), detected: 'private-key' };
  return forms;
}

/** Returns one HMAC secret in the four secret encodings plus an `oct` JWK, all naming the same bytes except `secret-utf8` (its own text). */
export function createSecretForms(bytes: Uint8Array, utf8Text: string): Partial<Record<FixtureFormat, FixtureKey>> {
  return {
    'secret-utf8': { text: utf8Text, secretEncoding: 'utf8', detected: 'secret' },
    'secret-base64url': { text: base64url(bytes), secretEncoding: 'base64url', detected: 'secret' },
    'secret-base64': { text: Buffer.from(bytes).toString('base64'), secretEncoding: 'base64', detected: 'secret' },
    'secret-hex': { text: Buffer.from(bytes).toString('hex'), secretEncoding: 'hex', detected: 'secret' },
    jwk: { text: JSON.stringify({ kty: 'oct', k: base64url(bytes), use: 'sig' }), detected: 'jwk' },
  };
}
