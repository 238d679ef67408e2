import { CompactSign, exportSPKI, importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';
import { encodeBase64Url } from '../encoding/base64url';
import type { JsonObject, JsonValue } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import type { SecretEncoding } from '../keys/decode-secret';
import { kindOfJson, type KeyError } from '../keys/key-error';
import type { KeyInfo } from '../keys/key-info';
import type { KeyNote } from '../keys/key-note';
import type { ParsedJwk } from '../keys/parse-jwk';
import { encodeRawSpki } from '../keys/encode-raw-key';
import { parseKeyInput, type ParsedKey } from '../keys/parse-key-input';
import { formatPem } from '../keys/parse-pem';
import { rawKeySchemeOf, readRawPrivateKey, type RawKeyScheme, type RawPrivateKey } from '../keys/read-raw-key';
import { encodeHeaderSegment, encodeSigningInput, joinJwsSegments, type JwsSegments } from '../token/jws-segments';
import { findCritProblem } from './find-crit-problem';
import { checkKeyFitsAlgorithm, lookupJwsAlgorithm, type JwsAlgorithm, type Refusal } from './jws-algorithms';
import { importPublicHalf } from './import-verification-key';
import { mapImportError } from './map-jose-error';
import { deriveRawKeyPair, loadRawSigner, type RawKeyPair, type RawSigner } from './raw-signer';
import type { ReasonParams } from './verification-result';
import { encodeUtf8 } from '../encoding/utf8';

/** The input a signing error belongs to, so the view can show it in place. */
export type SignField = 'header' | 'payload' | 'alg' | 'key';

/**
 * Why no token could be made; stable kebab-case codes, translated by the UI:
 * json-invalid (params: part, problem, position, found | maxDepth), header-not-object, header-alg-missing,
 * header-alg-mismatch, header-b64-unsupported, header-crit-invalid, alg-unknown, alg-unsupported,
 * none-not-confirmed, key-missing, key-unreadable (with `keyError`), key-public, key-alg-mismatch,
 * rsa-key-too-small, rsa-exponent-invalid, hmac-key-empty, jwk-use-mismatch, jwk-key-ops-mismatch,
 * jwk-alg-mismatch, key-unsupported, key-import-failed, sign-failed.
 */
export type SignErrorCode =
  | 'json-invalid'
  | 'header-not-object'
  | 'header-alg-missing'
  | 'header-alg-mismatch'
  | 'header-b64-unsupported'
  | 'header-crit-invalid'
  | 'alg-unknown'
  | 'alg-unsupported'
  | 'none-not-confirmed'
  | 'key-missing'
  | 'key-unreadable'
  | 'key-public'
  | 'key-alg-mismatch'
  | 'rsa-key-too-small'
  | 'rsa-exponent-invalid'
  | 'hmac-key-empty'
  | 'jwk-use-mismatch'
  | 'jwk-key-ops-mismatch'
  | 'jwk-alg-mismatch'
  | 'key-unsupported'
  | 'key-import-failed'
  | 'sign-failed';

/** Why signToken made no token: plain data, apart from the debugging `cause`. */
export interface SignError {
  code: SignErrorCode;
  field: SignField;
  params: ReasonParams;
  /** For `key-unreadable`: what parseKeyInput said about the key text. */
  keyError?: KeyError;
  /** The original exception, for debugging only; never shown and never branched on. */
  cause?: unknown;
}

/**
 * Something to tell the user about a token that was made anyway:
 * hmac-secret-short (params: bytes, minBytes), header-reserialised (the header's JSON text is written
 * as JSON.stringify writes it, e.g. escapes or number forms changed), duplicate-member (part, name),
 * payload-not-object (found), unsigned (alg none), key-note (note: a KeyNote about the secret).
 */
export type SignWarningCode = 'hmac-secret-short' | 'header-reserialised' | 'duplicate-member' | 'payload-not-object' | 'unsigned' | 'key-note';

/** A warning with its message parameters. */
export interface SignWarning {
  code: SignWarningCode;
  params: ReasonParams;
}

/** What to sign, as the user typed it. */
export interface SignInput {
  headerJson: string;
  payloadJson: string;
  /** The chosen algorithm; the header's `alg` must say the same. */
  alg: string;
  /** The key input's text: an HMAC secret, a private PEM (PKCS#8, PKCS#1, SEC1), a private JWK or an `oct` JWK. */
  key: string;
  /** How a secret's text becomes bytes; `utf8` when not given. */
  secretEncoding?: SecretEncoding;
  /** The explicit confirmation an unsigned (`alg: none`) token needs. */
  allowNone?: boolean;
}

/** The compact token and warnings, or why none could be made. */
export type SignResult = { ok: true; token: string; warnings: SignWarning[] } | { ok: false; error: SignError };

/** The public key as SPKI PEM, or why it could not be derived. */
export type PublicKeyDerivation = { ok: true; publicKeyPem: string } | { ok: false; reason: 'not-a-private-key' | 'key-unreadable' | 'key-unsupported' };

/** A secp256k1, Ed448 or ML-DSA private key, signed with by the library loaded for its scheme. */
interface RawSigningKey {
  scheme: RawKeyScheme;
  privateKey: RawPrivateKey;
}

type SigningKey = CryptoKey | Uint8Array | RawSigningKey;
type KeyPreparation = { ok: true; key: SigningKey; warnings: SignWarning[] } | { ok: false; error: SignError };

// Notes about interoperable verification (private key pasted, non-canonical base64) do not concern signing.
const SIGNING_KEY_NOTES: ReadonlySet<KeyNote> = new Set<KeyNote>(['secret-surrounding-whitespace', 'pem-extra-blocks']);

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function fail(code: SignErrorCode, field: SignField, params: ReasonParams = {}, extra: Pick<SignError, 'keyError' | 'cause'> = {}): { ok: false; error: SignError } {
  return { ok: false, error: { code, field, params, ...extra } };
}

/** Drops the whitespace between JSON tokens, keeping every string, number and literal as written. */
function minifyJson(text: string): string {
  // Kept runs are sliced, not added a character at a time: that built one string object per
  // character, and a 5 MB payload spent a second collecting them.
  const runs: string[] = [];
  let runStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (inString) {
      if (character === '\\') i++;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (WHITESPACE.has(character)) {
      if (i > runStart) runs.push(text.slice(runStart, i));
      runStart = i + 1;
    }
  }
  if (text.length > runStart) runs.push(text.slice(runStart));
  return runs.join('');
}

type JsonReading = { ok: true; value: JsonValue; duplicates: string[] } | { ok: false; error: SignError };

function readJson(text: string, part: 'header' | 'payload'): JsonReading {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { code: problem, ...rest } = parsed.error;
    return fail('json-invalid', part, { part, problem, ...rest });
  }
  return { ok: true, value: parsed.value, duplicates: parsed.duplicates.map((duplicate) => duplicate.name) };
}

/** The payload as signing writes it, or where its JSON is wrong. */
export type PayloadReading = { ok: true; bytes: Uint8Array; warnings: SignWarning[] } | { ok: false; error: SignError };

/**
 * Reads the payload as signToken does: its bytes are the JSON as typed with the whitespace between
 * tokens dropped, its warnings a repeated member or a value that is not an object. Neither signs nor
 * encodes it: jose encodes the bytes itself, and a second base64url of a 5 MB payload froze the page.
 */
export function readPayload(payloadJson: string): PayloadReading {
  const payload = readJson(payloadJson, 'payload');
  if (!payload.ok) return payload;
  const warnings: SignWarning[] = payload.duplicates.map((name) => ({ code: 'duplicate-member', params: { part: 'payload', name } }));
  if (!isObject(payload.value)) warnings.push({ code: 'payload-not-object', params: { found: kindOfJson(payload.value) } });
  return { ok: true, bytes: encodeUtf8(minifyJson(payloadJson)), warnings };
}

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromRefusal(refusal: Refusal): { ok: false; error: SignError } {
  switch (refusal.reason) {
    case 'key-alg-mismatch':
    case 'rsa-key-too-small':
    case 'rsa-exponent-invalid':
    case 'hmac-key-empty':
    case 'key-unsupported':
      return fail(refusal.reason, 'key', refusal.params);
    default:
      return fail('key-unsupported', 'key', refusal.params);
  }
}

function hashBytesOf(alg: string): number {
  return Number(alg.slice(2)) / 8;
}

function checkSigningJwk(alg: string, jwk: ParsedJwk): { ok: false; error: SignError } | null {
  if (jwk.use !== undefined && jwk.use !== 'sig') return fail('jwk-use-mismatch', 'key', { alg, use: jwk.use });
  if (jwk.keyOps !== undefined && !jwk.keyOps.includes('sign')) return fail('jwk-key-ops-mismatch', 'key', { alg, keyOps: jwk.keyOps });
  if (jwk.alg !== undefined && jwk.alg !== alg) return fail('jwk-alg-mismatch', 'key', { alg, jwkAlg: jwk.alg });
  return null;
}

/** The JWK without the members WebCrypto would hold against the import (checked above instead). */
function withoutUsageMembers(jwk: JsonObject): JWK {
  const { use: _use, key_ops: _keyOps, alg: _alg, ext: _ext, ...rest } = jwk;
  return rest;
}

async function importPrivateKey(key: Extract<ParsedKey, { kind: 'pkcs8' | 'jwk' }>, alg: string): Promise<CryptoKey> {
  if (key.kind === 'pkcs8') return importPKCS8(formatPem('PRIVATE KEY', key.pkcs8), alg, { extractable: true });
  return (await importJWK(withoutUsageMembers(key.jwk.jwk), alg, { extractable: true })) as CryptoKey;
}

function noteWarnings(notes: readonly KeyNote[]): SignWarning[] {
  return notes.filter((note) => SIGNING_KEY_NOTES.has(note)).map((note) => ({ code: 'key-note', params: { note } }));
}

function secretWarnings(alg: string, bytes: Uint8Array, notes: readonly KeyNote[]): SignWarning[] {
  const minBytes = hashBytesOf(alg);
  const warnings = noteWarnings(notes);
  // RFC 7518 §3.2 asks for a key at least as long as the hash; shorter test secrets are still made on request.
  if (bytes.length < minBytes) warnings.unshift({ code: 'hmac-secret-short', params: { bytes: bytes.length, minBytes } });
  return warnings;
}

function keyInfoOf(key: Extract<ParsedKey, { kind: 'pkcs8' | 'jwk' | 'secret' }>): KeyInfo {
  switch (key.kind) {
    case 'secret':
      return { type: 'oct', byteLength: key.bytes.length };
    case 'jwk':
      return key.jwk.keyInfo;
    case 'pkcs8':
      return key.keyInfo;
  }
}

async function prepareSigningKey(parsed: ParsedKey, alg: string, algorithm: JwsAlgorithm): Promise<KeyPreparation> {
  if (parsed.kind === 'spki' || parsed.kind === 'certificate' || parsed.kind === 'jwks' || (parsed.kind === 'jwk' && !parsed.jwk.isPrivate && parsed.jwk.kty !== 'oct')) {
    return fail('key-public', 'key', { alg, format: parsed.format });
  }
  if (parsed.kind === 'jwk') {
    const usage = checkSigningJwk(alg, parsed.jwk);
    if (usage !== null) return usage;
  }
  const fit = checkKeyFitsAlgorithm(alg, algorithm, keyInfoOf(parsed));
  if (fit !== null) return fromRefusal(fit);

  if (parsed.kind === 'secret') return { ok: true, key: parsed.bytes, warnings: secretWarnings(alg, parsed.bytes, parsed.notes) };
  const scheme = rawKeySchemeOf(keyInfoOf(parsed));
  if (scheme !== null) {
    const privateKey = readRawPrivateKey(parsed, scheme);
    if (privateKey === null) return fail('key-import-failed', 'key', { alg, errorName: 'DataError' });
    return { ok: true, key: { scheme, privateKey }, warnings: noteWarnings(parsed.notes) };
  }
  try {
    if (parsed.kind === 'jwk' && parsed.jwk.kty === 'oct') {
      const bytes = (await importJWK(withoutUsageMembers(parsed.jwk.jwk), alg)) as Uint8Array;
      return { ok: true, key: bytes, warnings: secretWarnings(alg, bytes, parsed.notes) };
    }
    return { ok: true, key: await importPrivateKey(parsed, alg), warnings: noteWarnings(parsed.notes) };
  } catch (error) {
    const mapped = mapImportError(error, alg);
    return fail(mapped.reason === 'key-unsupported' ? 'key-unsupported' : 'key-import-failed', 'key', mapped.params, { cause: error });
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'unknown';
}

function mapSignError(error: unknown, alg: string): { ok: false; error: SignError } {
  const code = codeOf(error);
  if (code === 'ERR_JOSE_NOT_SUPPORTED' || nameOf(error) === 'NotSupportedError') return fail('alg-unsupported', 'alg', { alg }, { cause: error });
  if (code === 'ERR_JWS_INVALID') return fail('header-crit-invalid', 'header', { alg }, { cause: error });
  return fail('sign-failed', 'key', { alg, errorName: nameOf(error) }, { cause: error });
}

/** Extensions named in `crit` are the user's to define: jose is told they are understood so the token can be made. */
function critOption(header: JsonObject): Record<string, boolean> | undefined {
  if (!Array.isArray(header.crit)) return undefined;
  const names = header.crit.filter((name): name is string => typeof name === 'string' && name !== '' && name !== 'b64');
  return names.length === 0 ? undefined : Object.fromEntries(names.map((name) => [name, false]));
}

function isRawSigningKey(key: SigningKey): key is RawSigningKey {
  return 'scheme' in key;
}

/** The header (as JSON.stringify writes it) and payload segments a token is made of. */
function encodeSegments(header: JsonObject, payload: Uint8Array): Pick<JwsSegments, 'header' | 'payload'> {
  return { header: encodeHeaderSegment(header), payload: encodeBase64Url(payload) };
}

/** jose's CompactSign does this for WebCrypto's algorithms: the same JWS, signed by the scheme's library. */
async function signRaw(header: JsonObject, payload: Uint8Array, key: RawSigningKey, alg: string, warnings: SignWarning[]): Promise<SignResult> {
  let signer: RawSigner;
  try {
    signer = await loadRawSigner(key.scheme);
  } catch (error) {
    return fail('sign-failed', 'key', { alg, errorName: nameOf(error) }, { cause: error });
  }
  let pair: RawKeyPair;
  try {
    // What WebCrypto's import would refuse (a scalar out of range, a seed of the wrong size) is a key problem.
    pair = deriveRawKeyPair(signer, key.privateKey);
  } catch (error) {
    return fail('key-import-failed', 'key', { alg, errorName: nameOf(error) }, { cause: error });
  }
  const segments = encodeSegments(header, payload);
  try {
    const signature = pair.sign(encodeSigningInput(segments));
    return { ok: true, token: joinJwsSegments({ ...segments, signature: encodeBase64Url(signature) }), warnings };
  } catch (error) {
    return fail('sign-failed', 'key', { alg, errorName: nameOf(error) }, { cause: error });
  }
}

function encodeUnsigned(header: JsonObject, payload: Uint8Array): string {
  // jose makes unsecured JWTs only with a fixed `{"alg":"none"}` header; the header here is the user's.
  return joinJwsSegments({ ...encodeSegments(header, payload), signature: '' });
}

/**
 * Returns a compact JWS of the header (as typed, re-serialised by jose) and the payload (as typed,
 * whitespace between tokens dropped) signed with the key for `alg`, plus warnings; every expected
 * failure (JSON, alg, key) comes back as a SignError with where and why. Never throws for bad
 * input. Does not judge the claims (exp in the past, missing iss, …).
 */
export async function signToken(input: SignInput): Promise<SignResult> {
  const { alg } = input;
  const header = readJson(input.headerJson, 'header');
  if (!header.ok) return header;
  if (!isObject(header.value)) return fail('header-not-object', 'header', { found: kindOfJson(header.value) });
  const headerObject = header.value;
  const payload = readPayload(input.payloadJson);
  if (!payload.ok) return payload;

  const headerAlg = headerObject.alg;
  if (headerAlg === undefined) return fail('header-alg-missing', 'header', { alg });
  if (headerAlg !== alg) return fail('header-alg-mismatch', 'header', { alg, headerAlg: typeof headerAlg === 'string' ? headerAlg : JSON.stringify(headerAlg) });
  if (headerObject.b64 === false) return fail('header-b64-unsupported', 'header', { alg });

  const warnings: SignWarning[] = [];
  if (minifyJson(input.headerJson) !== JSON.stringify(headerObject)) warnings.push({ code: 'header-reserialised', params: {} });
  for (const name of header.duplicates) warnings.push({ code: 'duplicate-member', params: { part: 'header', name } });
  warnings.push(...payload.warnings);
  const payloadBytes = payload.bytes;

  if (alg === 'none') {
    if (input.allowNone !== true) return fail('none-not-confirmed', 'alg', { alg });
    return { ok: true, token: encodeUnsigned(headerObject, payloadBytes), warnings: [{ code: 'unsigned', params: {} }, ...warnings] };
  }
  const lookup = lookupJwsAlgorithm(alg);
  if (!lookup.ok) return fail(lookup.refusal.reason === 'alg-unsupported' ? 'alg-unsupported' : 'alg-unknown', 'alg', { alg });
  // RFC 7515 §4.1.11 for every signer: jose's own check lets a registered name (`kid`) through.
  // The extensions themselves are the user's to define.
  if (findCritProblem(headerObject, 'all') !== null) return fail('header-crit-invalid', 'header', { alg });

  const parsedKey = parseKeyInput(input.key, input.secretEncoding === undefined ? {} : { secretEncoding: input.secretEncoding });
  if (!parsedKey.ok) {
    if (parsedKey.error.code === 'key-empty') return fail('key-missing', 'key', { alg });
    return fail('key-unreadable', 'key', { alg, format: parsedKey.format }, { keyError: parsedKey.error });
  }
  const prepared = await prepareSigningKey(parsedKey.key, alg, lookup.algorithm);
  if (!prepared.ok) return prepared;
  if (isRawSigningKey(prepared.key)) return signRaw(headerObject, payloadBytes, prepared.key, alg, [...prepared.warnings, ...warnings]);

  try {
    const crit = critOption(headerObject);
    const token = await new CompactSign(payloadBytes)
      .setProtectedHeader(headerObject as Parameters<CompactSign['setProtectedHeader']>[0])
      .sign(prepared.key, crit === undefined ? undefined : { crit });
    return { ok: true, token, warnings: [...prepared.warnings, ...warnings] };
  } catch (error) {
    return mapSignError(error, alg);
  }
}

/** The JWS algorithm a private key is imported with to read its public half (any alg of its family will do). */
function importAlgorithmFor(keyInfo: KeyInfo): string | undefined {
  switch (keyInfo.type) {
    case 'rsa':
      return 'RS256';
    case 'ec':
      return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[keyInfo.curve];
    case 'okp':
      return keyInfo.curve === 'Ed25519' ? 'Ed25519' : undefined;
    default:
      return undefined;
  }
}

async function deriveRawPublicKeyPem(key: Extract<ParsedKey, { kind: 'pkcs8' | 'jwk' }>, scheme: RawKeyScheme): Promise<PublicKeyDerivation> {
  const privateKey = readRawPrivateKey(key, scheme);
  if (privateKey === null) return { ok: false, reason: 'key-unsupported' };
  try {
    const { publicKey } = deriveRawKeyPair(await loadRawSigner(scheme), privateKey);
    return { ok: true, publicKeyPem: formatPem('PUBLIC KEY', encodeRawSpki(scheme, publicKey)) };
  } catch {
    return { ok: false, reason: 'key-unsupported' };
  }
}

/**
 * Returns the SPKI PEM of a private key's public half (PKCS#8, PKCS#1, SEC1 PEM or private JWK of
 * RSA, P-256/384/521, secp256k1, Ed25519, Ed448 or ML-DSA), what a verifier needs; secrets and
 * public keys give `not-a-private-key`. Does not check the key against any algorithm.
 */
export async function derivePublicKeyPem(keyText: string): Promise<PublicKeyDerivation> {
  const parsed = parseKeyInput(keyText);
  if (!parsed.ok) return { ok: false, reason: 'key-unreadable' };
  const key = parsed.key;
  if (key.kind !== 'pkcs8' && !(key.kind === 'jwk' && key.jwk.isPrivate)) return { ok: false, reason: 'not-a-private-key' };
  const scheme = rawKeySchemeOf(keyInfoOf(key));
  if (scheme !== null) return deriveRawPublicKeyPem(key, scheme);
  const alg = importAlgorithmFor(keyInfoOf(key));
  if (alg === undefined) return { ok: false, reason: 'key-unsupported' };
  try {
    const privateKey = await importPrivateKey(key, alg);
    const publicKey = (await importPublicHalf(privateKey, alg, true)) as CryptoKey;
    return { ok: true, publicKeyPem: await exportSPKI(publicKey) };
  } catch {
    return { ok: false, reason: 'key-unsupported' };
  }
}
