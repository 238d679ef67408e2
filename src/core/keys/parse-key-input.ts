import { isJsonObject } from '../json/json-value';
import { decodeSecret, type SecretEncoding } from './decode-secret';
import { classifyKeyText, MAX_KEY_TEXT_LENGTH, type KeyFormat } from './detect-key-format';
import type { KeyError } from './key-error';
import type { KeyInfo } from './key-info';
import type { KeyNote } from './key-note';
import { parseKeyJson, readJwk, type KeyJsonParsing, type ParsedJwk } from './parse-jwk';
import { readJwks, type ParsedJwks } from './parse-jwks';
import { EC_PARAMETERS, parsePem, type PemBlock } from './parse-pem';
import { wrapPkcs1InSpki } from './pkcs1-to-spki';
import { readPkcs8, wrapPkcs1PrivateKeyInPkcs8, wrapSec1InPkcs8 } from './private-key-to-pkcs8';
import { readCertificate, type CertificateInfo } from './read-certificate';
import { readSpki, type KeyStructureError } from './read-spki';

/** Where a private key came from before it was put into PKCS#8. */
export type PrivateKeySource = 'pkcs8' | 'pkcs1' | 'sec1';

/** A key read from the key input, ready for import; `notes` are things to tell the user. */
export type ParsedKey =
  | { kind: 'secret'; format: 'secret'; bytes: Uint8Array; encoding: SecretEncoding; notes: KeyNote[] }
  | { kind: 'spki'; format: 'pem-spki' | 'pem-pkcs1'; spki: Uint8Array; keyInfo: KeyInfo; notes: KeyNote[] }
  | { kind: 'certificate'; format: 'pem-x509'; der: Uint8Array; certificate: CertificateInfo; keyInfo: KeyInfo; notes: KeyNote[] }
  | { kind: 'pkcs8'; format: 'private-key'; pkcs8: Uint8Array; source: PrivateKeySource; keyInfo: KeyInfo; notes: KeyNote[] }
  | { kind: 'jwk'; format: 'jwk' | 'private-key'; jwk: ParsedJwk; notes: KeyNote[] }
  | { kind: 'jwks'; format: 'jwks'; jwks: ParsedJwks; notes: KeyNote[] };

/** The key read from the key input, or its format and the KeyError. */
export type KeyParsing = { ok: true; key: ParsedKey } | { ok: false; format: KeyFormat; error: KeyError };

/** How to read the key input. */
export interface KeyParseOptions {
  /** How a secret's text becomes bytes; `utf8` when not given. */
  secretEncoding?: SecretEncoding;
}

function fromStructureError(error: KeyStructureError): KeyError {
  return { code: 'der-invalid', structure: error.structure, problem: error.code, offset: error.offset };
}

function parsePemKey(text: string, format: KeyFormat): KeyParsing {
  const pem = parsePem(text);
  if (!pem.ok) {
    const error: KeyError = pem.error.code === 'pem-no-armour' ? { code: 'key-not-recognised' } : pem.error;
    return { ok: false, format, error };
  }
  const keyBlocks = pem.blocks.filter((block) => block.label !== EC_PARAMETERS);
  const block: PemBlock | undefined = keyBlocks[0] ?? pem.blocks[0];
  if (block === undefined) return { ok: false, format, error: { code: 'key-not-recognised' } };
  const notes: KeyNote[] = keyBlocks.length > 1 ? ['pem-extra-blocks'] : [];
  const fail = (error: KeyStructureError): KeyParsing => ({ ok: false, format, error: fromStructureError(error) });

  switch (block.label) {
    case 'PUBLIC KEY': {
      const spki = readSpki(block.der);
      if (!spki.ok) return fail(spki.error);
      return { ok: true, key: { kind: 'spki', format: 'pem-spki', spki: block.der, keyInfo: spki.keyInfo, notes } };
    }
    case 'RSA PUBLIC KEY': {
      const wrapped = wrapPkcs1InSpki(block.der);
      if (!wrapped.ok) return fail(wrapped.error);
      return { ok: true, key: { kind: 'spki', format: 'pem-pkcs1', spki: wrapped.spki, keyInfo: wrapped.keyInfo, notes } };
    }
    case 'CERTIFICATE':
    case 'X509 CERTIFICATE': {
      const read = readCertificate(block.der);
      if (!read.ok) return fail(read.error);
      const { certificate } = read;
      return { ok: true, key: { kind: 'certificate', format: 'pem-x509', der: block.der, certificate, keyInfo: certificate.keyInfo, notes } };
    }
    case 'PRIVATE KEY': {
      const read = readPkcs8(block.der);
      if (!read.ok) return fail(read.error);
      const privateNotes: KeyNote[] = ['private-key-pasted', ...notes];
      return { ok: true, key: { kind: 'pkcs8', format: 'private-key', pkcs8: block.der, source: 'pkcs8', keyInfo: read.keyInfo, notes: privateNotes } };
    }
    case 'RSA PRIVATE KEY':
    case 'EC PRIVATE KEY': {
      const source: PrivateKeySource = block.label === 'RSA PRIVATE KEY' ? 'pkcs1' : 'sec1';
      const wrapped = source === 'pkcs1' ? wrapPkcs1PrivateKeyInPkcs8(block.der) : wrapSec1InPkcs8(block.der);
      if (!wrapped.ok) return fail(wrapped.error);
      const privateNotes: KeyNote[] = ['private-key-pasted', ...notes];
      return { ok: true, key: { kind: 'pkcs8', format: 'private-key', pkcs8: wrapped.pkcs8, source, keyInfo: wrapped.keyInfo, notes: privateNotes } };
    }
    default:
      return { ok: false, format, error: { code: 'pem-unsupported-label', label: block.label } };
  }
}

function parseJsonKey(text: string, format: KeyFormat, parsedJson: KeyJsonParsing | undefined): KeyParsing {
  const json = parsedJson ?? parseKeyJson(text);
  if (!json.ok) return { ok: false, format, error: json.error };
  const value = json.value;
  if (isJsonObject(value) && Object.hasOwn(value, 'keys')) {
    const jwks = readJwks(value);
    if (!jwks.ok) return { ok: false, format, error: jwks.error };
    return { ok: true, key: { kind: 'jwks', format: 'jwks', jwks: jwks.jwks, notes: jwks.jwks.notes } };
  }
  if (!isJsonObject(value) || !Object.hasOwn(value, 'kty')) {
    return { ok: false, format, error: { code: 'key-not-recognised' } };
  }
  const jwk = readJwk(value);
  if (!jwk.ok) return { ok: false, format, error: jwk.error };
  const isPrivate = jwk.jwk.isPrivate;
  return {
    ok: true,
    key: { kind: 'jwk', format: isPrivate ? 'private-key' : 'jwk', jwk: jwk.jwk, notes: isPrivate ? ['private-key-pasted'] : [] },
  };
}

/**
 * Returns the key in the key input, read according to its detected format (secrets decoded with
 * the chosen encoding), or a KeyError saying what is wrong and where; does not check that the key
 * fits any algorithm, nor that WebCrypto will accept its numbers.
 */
export function parseKeyInput(text: string, options: KeyParseOptions = {}): KeyParsing {
  const { format, json } = classifyKeyText(text);
  if (format === 'none') return { ok: false, format, error: { code: 'key-empty' } };
  if (text.length > MAX_KEY_TEXT_LENGTH) {
    return { ok: false, format, error: { code: 'key-too-large', length: text.length, maxLength: MAX_KEY_TEXT_LENGTH } };
  }
  switch (format) {
    case 'secret': {
      const encoding = options.secretEncoding ?? 'utf8';
      const secret = decodeSecret(text, encoding);
      if (!secret.ok) return { ok: false, format, error: secret.error };
      return { ok: true, key: { kind: 'secret', format, bytes: secret.bytes, encoding, notes: secret.notes } };
    }
    case 'jwk':
    case 'jwks':
      return parseJsonKey(text, format, json);
    case 'private-key':
    case 'pem-spki':
    case 'pem-pkcs1':
    case 'pem-x509':
    case 'unknown':
      return text.includes('-----BEGIN') ? parsePemKey(text, format) : parseJsonKey(text, format, json);
  }
}
