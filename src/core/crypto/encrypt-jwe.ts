import { CompactEncrypt, type CompactJWEHeaderParameters } from 'jose';
import { kindOfJson, type KeyError } from '../keys/key-error';
import type { KeyInfo } from '../keys/key-info';
import type { JsonObject, JsonValue } from '../json/json-value';
import { isJsonObject } from '../json/json-value';
import { createJsonLexer } from '../json/lex-json';
import { parseJson } from '../json/parse-json';
import type { SecretEncoding } from '../keys/decode-secret';
import type { ParsedJwk } from '../keys/parse-jwk';
import { parseKeyInput, type ParsedKey } from '../keys/parse-key-input';
import { detectAes192 } from './detect-aes-192';
import { importVerificationKey, type VerificationKey } from './import-verification-key';
import {
  familyOfJweAlgorithm,
  JWE_CONTENT_ENCRYPTION_ALGORITHMS,
  JWE_KEY_MANAGEMENT_ALGORITHMS,
  jwkOperationFor,
  requiredSymmetricKeyBytes,
  UNAVAILABLE_JWE_ALGORITHMS,
  usesAes192,
} from './jwe-algorithms';
import { signToken, type SignError, type SignInput } from './sign-token';
import type { ReasonParams } from './verification-result';
import { encodeUtf8 } from '../encoding/utf8';

/**
 * PBES2 iterations when neither the header nor the caller names a count. jose's own default is 2,048;
 * 10,000 is five times that and still the most a jose-based decryptor (this app's decoder included)
 * accepts without being told to, so a token made here opens anywhere without a special setting.
 */
export const DEFAULT_ENCRYPT_PBES2_COUNT = 10_000;

/** The largest PBES2 count the encoder runs: beyond it one derivation takes seconds and proves nothing more. */
export const MAX_ENCRYPT_PBES2_COUNT = 1_000_000;

/** Below this count PBES2 adds little against guessing (a finding in the decoder too). */
const LOW_PBES2_COUNT = 1_000;

/** ECDH-ES curves jose derives with in WebCrypto. */
const ECDH_CURVES: ReadonlySet<string> = new Set(['P-256', 'P-384', 'P-521', 'X25519']);

/** RSA-OAEP keys below this are refused by jose (and by RFC 7518 §4.3's advice). */
const MIN_RSA_BITS = 2048;

/** Header members jose writes itself for these algorithms; a typed value would be replaced. */
const GENERATED_MEMBERS = ['epk', 'iv', 'tag', 'p2s'] as const;

/** The input an encryption error belongs to, so the view can show it in place. */
export type EncryptField = 'header' | 'payload' | 'alg' | 'enc' | 'key' | 'signing';

/**
 * Why no JWE could be made; stable kebab-case codes, translated by the UI:
 * json-invalid (part, problem, position, found | maxDepth), header-not-object (found), header-alg-missing,
 * header-alg-mismatch (alg, headerAlg), header-enc-missing (enc), header-enc-mismatch (enc, headerEnc),
 * header-zip-unsupported (zip), header-crit-unsupported, p2c-invalid (p2c), p2c-too-high (p2c, maxCount),
 * alg-refused (alg: RSA1_5), alg-unknown (alg), enc-unknown (enc), aes-192-unavailable (alg, enc),
 * alg-unsupported (alg, enc: the engine lacks it), key-missing (alg), key-unreadable (format, with `keyError`),
 * key-set (a JWK Set: one key is needed), key-type-mismatch (alg, keyType), key-length-mismatch (alg, bytes,
 * expectedBytes), curve-unsupported (alg, curve), rsa-key-too-small (bits, minBits), jwk-use-mismatch (use),
 * jwk-key-ops-mismatch (keyOps, operation), jwk-alg-mismatch (alg, jwkAlg), key-unsupported (alg),
 * key-import-failed (alg, errorName), sign-failed (the inner signature of a nested token, with `signError`),
 * encrypt-failed (alg, enc, errorName).
 */
export type EncryptErrorCode =
  | 'json-invalid'
  | 'header-not-object'
  | 'header-alg-missing'
  | 'header-alg-mismatch'
  | 'header-enc-missing'
  | 'header-enc-mismatch'
  | 'header-zip-unsupported'
  | 'header-crit-unsupported'
  | 'p2c-invalid'
  | 'p2c-too-high'
  | 'alg-refused'
  | 'alg-unknown'
  | 'enc-unknown'
  | 'aes-192-unavailable'
  | 'alg-unsupported'
  | 'key-missing'
  | 'key-unreadable'
  | 'key-set'
  | 'key-type-mismatch'
  | 'key-length-mismatch'
  | 'curve-unsupported'
  | 'rsa-key-too-small'
  | 'jwk-use-mismatch'
  | 'jwk-key-ops-mismatch'
  | 'jwk-alg-mismatch'
  | 'key-unsupported'
  | 'key-import-failed'
  | 'sign-failed'
  | 'encrypt-failed';

/** Why encryptJwe made no token: plain data, apart from the debugging `cause`. */
export interface EncryptError {
  code: EncryptErrorCode;
  field: EncryptField;
  params: ReasonParams;
  /** For `key-unreadable`: what parseKeyInput said about the key text. */
  keyError?: KeyError;
  /** For `sign-failed`: why the inner JWS of a nested token could not be made. */
  signError?: SignError;
  /** The original exception, for debugging only; never shown and never branched on. */
  cause?: unknown;
}

/**
 * Something to tell the user about a token that was made anyway: key-private (a private key was
 * given; its public half encrypted), member-replaced (name: a header member jose writes itself),
 * duplicate-member (part, name), payload-not-object (found), p2c-low (p2c, minCount).
 */
export type EncryptWarningCode = 'key-private' | 'member-replaced' | 'duplicate-member' | 'payload-not-object' | 'p2c-low';

/** A warning with its message parameters. */
export interface EncryptWarning {
  code: EncryptWarningCode;
  params: ReasonParams;
}

/** What to encrypt, as the user typed it. */
export interface EncryptInput {
  /** The protected header; its `alg` and `enc` must say the same as the chosen ones. */
  headerJson: string;
  /** The payload JSON (for a nested token: the payload the inner JWS signs). */
  payloadJson: string;
  /** The key management algorithm. */
  alg: string;
  /** The content encryption algorithm. */
  enc: string;
  /** The recipient's public key (PEM SPKI / PKCS#1 / certificate, or JWK; a private key's public half is used), a symmetric key (text or `oct` JWK) or a PBES2 password. */
  key: string;
  /** How a secret's or password's text becomes bytes; `utf8` when not given. */
  secretEncoding?: SecretEncoding;
  /** PBES2 iterations when the header has no `p2c`; DEFAULT_ENCRYPT_PBES2_COUNT when not given. */
  p2c?: number;
  /** Sign first (header, alg and key of the inner JWS; its payload is `payloadJson`), then encrypt that JWS with `cty: "JWT"`. */
  sign?: Omit<SignInput, 'payloadJson'>;
}

/** The compact JWE and warnings, or why none could be made. */
export type EncryptResult = { ok: true; token: string; warnings: EncryptWarning[] } | { ok: false; error: EncryptError };

type Failure = { ok: false; error: EncryptError };

function fail(code: EncryptErrorCode, field: EncryptField, params: ReasonParams = {}, extra: Pick<EncryptError, 'keyError' | 'signError' | 'cause'> = {}): Failure {
  return { ok: false, error: { code, field, params, ...extra } };
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'unknown';
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The parsed JSON with its repeated member names, or `json-invalid` with signToken's parameters (the UI words both alike). */
function readJson(text: string, part: 'header' | 'payload'): { ok: true; value: JsonValue; duplicates: string[] } | Failure {
  const parsed = parseJson(text);
  if (parsed.ok) return { ok: true, value: parsed.value, duplicates: parsed.duplicates.map(({ name }) => name) };
  const { code: problem, ...position } = parsed.error;
  return fail('json-invalid', part, { part, problem, ...position });
}

/** The JSON text without the whitespace between its lexemes: every string and number stays as typed. */
function compactJsonText(text: string): string {
  const lexer = createJsonLexer(text);
  const kept: string[] = [];
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind !== 'whitespace') kept.push(text.slice(lexer.start, lexer.end));
  }
  return kept.join('');
}

function quoted(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The header checks that need no key: alg and enc as chosen and known, no zip but DEF, no crit, a usable p2c. */
async function checkHeader(header: JsonObject, input: EncryptInput): Promise<Failure | null> {
  const { alg, enc } = input;
  // RSA1_5 typed into the header gets its reason, not a mismatch with the chosen algorithm.
  if (typeof header.alg === 'string' && UNAVAILABLE_JWE_ALGORITHMS.has(header.alg)) return fail('alg-refused', header.alg === alg ? 'alg' : 'header', { alg: header.alg });
  if (header.alg === undefined) return fail('header-alg-missing', 'header', { alg });
  if (header.alg !== alg) return fail('header-alg-mismatch', 'header', { alg, headerAlg: quoted(header.alg) });
  if (header.enc === undefined) return fail('header-enc-missing', 'header', { enc });
  if (header.enc !== enc) return fail('header-enc-mismatch', 'header', { enc, headerEnc: quoted(header.enc) });
  if (!JWE_KEY_MANAGEMENT_ALGORITHMS.includes(alg)) return fail('alg-unknown', 'alg', { alg });
  if (!JWE_CONTENT_ENCRYPTION_ALGORITHMS.includes(enc)) return fail('enc-unknown', 'enc', { enc });
  if (header.zip !== undefined && header.zip !== 'DEF') return fail('header-zip-unsupported', 'header', { zip: quoted(header.zip) });
  // jose understands no JWE extension, so a token with `crit` could not be opened by it.
  if (header.crit !== undefined) return fail('header-crit-unsupported', 'header', {});
  if (usesAes192(alg, enc) && !(await detectAes192())) return fail('aes-192-unavailable', 'enc', { alg, enc });
  return null;
}

type CountReading = { ok: true; p2c: number | undefined; warnings: EncryptWarning[] } | Failure;

function readPbes2Count(header: JsonObject, input: EncryptInput): CountReading {
  if (familyOfJweAlgorithm(input.alg) !== 'password') return { ok: true, p2c: undefined, warnings: [] };
  const p2c = header.p2c ?? input.p2c ?? DEFAULT_ENCRYPT_PBES2_COUNT;
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) return fail('p2c-invalid', header.p2c === undefined ? 'alg' : 'header', { p2c: quoted(p2c) });
  if (p2c > MAX_ENCRYPT_PBES2_COUNT) return fail('p2c-too-high', 'header', { p2c, maxCount: MAX_ENCRYPT_PBES2_COUNT });
  return { ok: true, p2c, warnings: p2c < LOW_PBES2_COUNT ? [{ code: 'p2c-low', params: { p2c, minCount: LOW_PBES2_COUNT } }] : [] };
}

function describeKeyType(keyInfo: KeyInfo): string {
  return keyInfo.type === 'other' ? keyInfo.algorithm : keyInfo.type;
}

/** Whether the key's type, size and curve suit `alg`/`enc`; null when they do. */
function checkKeyInfo(alg: string, enc: string, keyInfo: KeyInfo): Failure | null {
  const family = familyOfJweAlgorithm(alg);
  const mismatch = fail('key-type-mismatch', 'key', { alg, keyType: describeKeyType(keyInfo) });
  if (family === 'rsa') {
    if (keyInfo.type !== 'rsa') return mismatch;
    return keyInfo.modulusBits < MIN_RSA_BITS ? fail('rsa-key-too-small', 'key', { alg, bits: keyInfo.modulusBits, minBits: MIN_RSA_BITS }) : null;
  }
  if (family === 'ecdh') {
    if (keyInfo.type !== 'ec' && keyInfo.type !== 'okp') return mismatch;
    return ECDH_CURVES.has(keyInfo.curve) ? null : fail('curve-unsupported', 'key', { alg, curve: keyInfo.curve });
  }
  if (keyInfo.type !== 'oct') return mismatch;
  const expectedBytes = requiredSymmetricKeyBytes(alg, enc);
  if (expectedBytes !== undefined && keyInfo.byteLength !== expectedBytes) return fail('key-length-mismatch', 'key', { alg, bytes: keyInfo.byteLength, expectedBytes });
  return null;
}

/** The `key_ops` value a JWK must allow to encrypt with `alg`: the encrypting twin of what decryption needs. */
function encryptOperationFor(alg: string): string {
  const decryptOperation = jwkOperationFor(alg);
  return decryptOperation === 'unwrapKey' ? 'wrapKey' : decryptOperation === 'decrypt' ? 'encrypt' : decryptOperation;
}

function checkJwk(alg: string, enc: string, jwk: ParsedJwk): Failure | null {
  if (jwk.use !== undefined && jwk.use !== 'enc') return fail('jwk-use-mismatch', 'key', { alg, use: jwk.use });
  const operation = encryptOperationFor(alg);
  if (jwk.keyOps !== undefined && !jwk.keyOps.includes(operation)) return fail('jwk-key-ops-mismatch', 'key', { alg, keyOps: jwk.keyOps, operation });
  // RFC 7518 §4.5: a `dir` key's `alg` names the content encryption it is for.
  const wanted = alg === 'dir' ? enc : alg;
  if (jwk.alg !== undefined && jwk.alg !== wanted) return fail('jwk-alg-mismatch', 'key', { alg: wanted, jwkAlg: jwk.alg });
  return null;
}

function isPrivateKey(key: ParsedKey): boolean {
  return key.kind === 'pkcs8' || (key.kind === 'jwk' && key.jwk.isPrivate && key.jwk.kty !== 'oct');
}

type KeyPreparation = { ok: true; key: VerificationKey; warnings: EncryptWarning[] } | Failure;

async function prepareKey(input: EncryptInput): Promise<KeyPreparation> {
  const { alg, enc } = input;
  const parsed = parseKeyInput(input.key, input.secretEncoding === undefined ? {} : { secretEncoding: input.secretEncoding });
  if (!parsed.ok) {
    if (parsed.error.code === 'key-empty') return fail('key-missing', 'key', { alg, family: familyOfJweAlgorithm(alg) });
    return fail('key-unreadable', 'key', { alg, format: parsed.format }, { keyError: parsed.error });
  }
  const key = parsed.key;
  if (key.kind === 'jwks') return fail('key-set', 'key', { alg });
  const keyInfo: KeyInfo = key.kind === 'secret' ? { type: 'oct', byteLength: key.bytes.length } : key.kind === 'jwk' ? key.jwk.keyInfo : key.keyInfo;
  const refusal = checkKeyInfo(alg, enc, keyInfo) ?? (key.kind === 'jwk' ? checkJwk(alg, enc, key.jwk) : null);
  if (refusal !== null) return refusal;
  if (key.kind === 'secret' && key.bytes.length === 0) return fail('key-missing', 'key', { alg, family: familyOfJweAlgorithm(alg) });
  // A recipient's public key (or a secret) encrypts; a private key is imported for its public half.
  const imported = await importVerificationKey(key, alg);
  if (!imported.ok) return fail(imported.failure.reason === 'key-unsupported' ? 'key-unsupported' : 'key-import-failed', 'key', imported.failure.params, { cause: imported.failure.cause });
  return { ok: true, key: imported.key, warnings: isPrivateKey(key) ? [{ code: 'key-private', params: { alg } }] : [] };
}

type PlaintextReading = { ok: true; bytes: Uint8Array; warnings: EncryptWarning[] } | Failure;

async function readPlaintext(input: EncryptInput): Promise<PlaintextReading> {
  if (input.sign !== undefined) {
    const signed = await signToken({ ...input.sign, payloadJson: input.payloadJson });
    if (!signed.ok) return fail('sign-failed', 'signing', { alg: input.sign.alg }, { signError: signed.error });
    return { ok: true, bytes: encodeUtf8(signed.token), warnings: [] };
  }
  const payload = readJson(input.payloadJson, 'payload');
  if (!payload.ok) return payload;
  const warnings: EncryptWarning[] = payload.duplicates.map((name) => ({ code: 'duplicate-member', params: { part: 'payload', name } }));
  if (!isJsonObject(payload.value)) warnings.push({ code: 'payload-not-object', params: { found: kindOfJson(payload.value) } });
  return { ok: true, bytes: encodeUtf8(compactJsonText(input.payloadJson)), warnings };
}

function mapEncryptError(error: unknown, alg: string, enc: string): Failure {
  if (codeOf(error) === 'ERR_JOSE_NOT_SUPPORTED' || nameOf(error) === 'NotSupportedError') return fail('alg-unsupported', 'alg', { alg, enc }, { cause: error });
  return fail('encrypt-failed', 'key', { alg, enc, errorName: codeOf(error) ?? nameOf(error) }, { cause: error });
}

/**
 * Returns a compact JWE of the payload (as typed, whitespace between tokens dropped; or, with `sign`,
 * of the JWS signToken makes of it, with `cty: "JWT"` added to the header when absent) under the
 * typed protected header, for every alg/enc jose runs in this engine, plus warnings; every expected
 * failure (JSON, alg, enc, key, 192-bit AES the engine lacks, RSA1_5) comes back as an EncryptError.
 * Never throws for bad input. Does not judge the claims or check who the recipient is.
 */
export async function encryptJwe(input: EncryptInput): Promise<EncryptResult> {
  const { alg, enc } = input;
  const header = readJson(input.headerJson, 'header');
  if (!header.ok) return header;
  if (!isJsonObject(header.value)) return fail('header-not-object', 'header', { found: kindOfJson(header.value) });
  const headerObject: JsonObject = { ...header.value };
  const headerRefusal = await checkHeader(headerObject, input);
  if (headerRefusal !== null) return headerRefusal;
  const count = readPbes2Count(headerObject, input);
  if (!count.ok) return count;
  const plaintext = await readPlaintext(input);
  if (!plaintext.ok) return plaintext;
  const prepared = await prepareKey(input);
  if (!prepared.ok) return prepared;

  const warnings: EncryptWarning[] = [...prepared.warnings, ...count.warnings, ...plaintext.warnings];
  for (const name of header.duplicates) warnings.push({ code: 'duplicate-member', params: { part: 'header', name } });
  for (const name of GENERATED_MEMBERS) {
    if (name in headerObject) {
      warnings.push({ code: 'member-replaced', params: { name } });
      delete headerObject[name];
    }
  }
  if (input.sign !== undefined) headerObject.cty ??= 'JWT';
  // The count travels as a key management parameter; jose writes it (and p2s) into the header itself.
  delete headerObject.p2c;
  try {
    const encrypt = new CompactEncrypt(plaintext.bytes).setProtectedHeader(headerObject as CompactJWEHeaderParameters);
    if (count.p2c !== undefined) encrypt.setKeyManagementParameters({ p2c: count.p2c });
    return { ok: true, token: await encrypt.encrypt(prepared.key), warnings };
  } catch (error) {
    return mapEncryptError(error, alg, enc);
  }
}
