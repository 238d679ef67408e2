import { importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';
import type { JsonObject } from '../json/json-value';
import type { SecretEncoding } from '../keys/decode-secret';
import type { KeyInfo } from '../keys/key-info';
import type { ParsedJwk } from '../keys/parse-jwk';
import { parseKeyInput, type ParsedKey } from '../keys/parse-key-input';
import { formatPem } from '../keys/parse-pem';
import { failJwe, type JweDecryptionFailure } from './jwe-decryption';
import { decryptsWithKeyType, jwkOperationFor, requiredSymmetricKeyBytes } from './jwe-algorithms';
import { mapImportError } from './map-jose-error';
import type { CompactJwe } from './read-compact-jwe';

/** What jose's compactDecrypt takes: a private CryptoKey, or symmetric key / password bytes. */
export type DecryptionKey = CryptoKey | Uint8Array;

/** One key to try; `member` is set for a JWK Set member (its index in `keys` and its `kid`). */
export interface DecryptionKeyCandidate {
  key: DecryptionKey;
  member?: { index: number; kid?: string };
}

/** The keys to try in order, or why the key input cannot decrypt this token. */
export type DecryptionKeyReading = { ok: true; candidates: DecryptionKeyCandidate[] } | { ok: false; failure: JweDecryptionFailure };

type Refusal = { ok: false; failure: JweDecryptionFailure };

function refuse(failure: JweDecryptionFailure): Refusal {
  return { ok: false, failure };
}

function keyTypeOf(keyInfo: KeyInfo): string {
  return keyInfo.type === 'other' ? keyInfo.algorithm : keyInfo.type;
}

function epkCurveOf(header: JsonObject): string | undefined {
  const epk = header.epk;
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) return undefined;
  return typeof epk.crv === 'string' ? epk.crv : undefined;
}

/** The checks every key makes before import: type, length, curve. */
function checkKeyInfo(jwe: CompactJwe, keyInfo: KeyInfo): Refusal | null {
  const { alg, enc } = jwe;
  if (!decryptsWithKeyType(alg, keyInfo.type)) return refuse(failJwe('key-mismatch', 'key-type-mismatch', { alg, keyType: keyTypeOf(keyInfo) }));
  if (keyInfo.type === 'oct') {
    const expectedBytes = requiredSymmetricKeyBytes(alg, enc);
    if (expectedBytes !== undefined && keyInfo.byteLength !== expectedBytes) {
      return refuse(failJwe('key-mismatch', 'key-length-mismatch', { alg, bytes: keyInfo.byteLength, expectedBytes }));
    }
  }
  if (keyInfo.type === 'ec' || keyInfo.type === 'okp') {
    const epkCurve = epkCurveOf(jwe.header);
    if (epkCurve !== undefined && epkCurve !== keyInfo.curve) return refuse(failJwe('key-mismatch', 'curve-mismatch', { alg, curve: keyInfo.curve, epkCurve }));
  }
  return null;
}

/** As jose checks a JWK object given to compactDecrypt; importJWK itself ignores `use` and `alg`. */
function checkJwk(jwe: CompactJwe, jwk: ParsedJwk): Refusal | null {
  const { alg, enc } = jwe;
  const mismatch = checkKeyInfo(jwe, jwk.keyInfo);
  if (mismatch !== null) return mismatch;
  if (!jwk.isPrivate && jwk.kty !== 'oct') return refuse(failJwe('public-key-given', 'key-public', { alg, format: 'jwk' }));
  if (jwk.use !== undefined && jwk.use !== 'enc') return refuse(failJwe('key-mismatch', 'jwk-use-mismatch', { alg, use: jwk.use }));
  const operation = jwkOperationFor(alg);
  if (jwk.keyOps !== undefined && !jwk.keyOps.includes(operation)) return refuse(failJwe('key-mismatch', 'jwk-key-ops-mismatch', { alg, keyOps: jwk.keyOps, operation }));
  // RFC 7518 §4.5: a `dir` key's `alg` names the content encryption it is for.
  const wanted = alg === 'dir' ? enc : alg;
  if (jwk.alg !== undefined && jwk.alg !== wanted) return refuse(failJwe('key-mismatch', 'jwk-alg-mismatch', { alg: wanted, jwkAlg: jwk.alg }));
  return null;
}

/** The JWK without the members checked above: jose would turn `key_ops` into the CryptoKey's usages. */
function withoutUsageMembers(jwk: JsonObject): JWK {
  const { use: _use, key_ops: _keyOps, alg: _alg, ext: _ext, ...rest } = jwk;
  return rest;
}

async function importJwk(jwe: CompactJwe, jwk: ParsedJwk): Promise<DecryptionKeyReading> {
  try {
    const key = await importJWK(withoutUsageMembers(jwk.jwk), jwk.kty === 'oct' ? undefined : jwe.alg);
    return { ok: true, candidates: [{ key }] };
  } catch (error) {
    return importFailure(error, jwe.alg);
  }
}

function importFailure(error: unknown, alg: string): Refusal {
  const mapped = mapImportError(error, alg);
  return refuse(failJwe(mapped.status === 'unsupported' ? 'unsupported' : 'key-unreadable', mapped.reason === 'key-unsupported' ? 'key-unsupported' : 'key-import-failed', mapped.params, { cause: error }));
}

async function readPkcs8Key(jwe: CompactJwe, key: Extract<ParsedKey, { kind: 'pkcs8' }>): Promise<DecryptionKeyReading> {
  const mismatch = checkKeyInfo(jwe, key.keyInfo);
  if (mismatch !== null) return mismatch;
  try {
    return { ok: true, candidates: [{ key: await importPKCS8(formatPem('PRIVATE KEY', key.pkcs8), jwe.alg) }] };
  } catch (error) {
    return importFailure(error, jwe.alg);
  }
}

/**
 * Members of one JWK Set read for one token at most: each may cost a key derivation (a PBES2 password
 * runs PBKDF2 per member), and a set of thousands would hold the page for seconds. Real sets hold a
 * handful.
 */
export const MAX_JWKS_MEMBERS_TRIED = 64;

/** A JWK Set's members for this token: those with the header's `kid` (if any) that pass checkJwk, each imported; the first MAX_JWKS_MEMBERS_TRIED only. */
async function readJwksKeys(jwe: CompactJwe, key: Extract<ParsedKey, { kind: 'jwks' }>): Promise<DecryptionKeyReading> {
  const { alg } = jwe;
  const kid = typeof jwe.header.kid === 'string' ? jwe.header.kid : undefined;
  const members = key.jwks.members
    .flatMap((member) => (member.ok && (kid === undefined || member.jwk.kid === kid) ? [{ index: member.index, jwk: member.jwk }] : []))
    .slice(0, MAX_JWKS_MEMBERS_TRIED);
  if (kid !== undefined && members.length === 0) return refuse(failJwe('key-mismatch', 'kid-not-found', { alg, kid }));
  const candidates: DecryptionKeyCandidate[] = [];
  let firstRefusal: Refusal | undefined;
  for (const { index, jwk } of members) {
    const imported = checkJwk(jwe, jwk) ?? (await importJwk(jwe, jwk));
    if (imported.ok) {
      for (const candidate of imported.candidates) candidates.push({ ...candidate, member: jwk.kid === undefined ? { index } : { index, kid: jwk.kid } });
    } else {
      firstRefusal ??= imported;
    }
  }
  if (candidates.length > 0) return { ok: true, candidates };
  // One member named by kid: its own refusal says most. Several: a public member that fits is the likeliest mistake.
  if (firstRefusal !== undefined && (kid !== undefined || firstRefusal.failure.status === 'public-key-given' || members.length === 1)) return firstRefusal;
  return refuse(failJwe('key-mismatch', 'jwks-no-matching-key', { alg }));
}

/**
 * Returns the keys to try on this JWE from the key input: a secret or password (bytes in the chosen
 * encoding), an `oct` JWK, a private RSA / EC / X25519 key (PKCS#8, PKCS#1 or SEC1 PEM, or JWK), or
 * the fitting members of a JWK Set, each imported for the header's `alg`; or why the input cannot
 * decrypt it (missing, unreadable, public, wrong type, length or curve, JWK `use`/`key_ops`/`alg`).
 * Does not try any key on the token.
 */
export async function readDecryptionKey(keyText: string, jwe: CompactJwe, secretEncoding: SecretEncoding): Promise<DecryptionKeyReading> {
  const { alg } = jwe;
  const parsed = parseKeyInput(keyText, { secretEncoding });
  if (!parsed.ok) {
    if (parsed.error.code === 'key-empty') return refuse(failJwe('key-needed', 'key-missing', { alg }));
    return refuse(failJwe('key-unreadable', 'key-unreadable', { alg, format: parsed.format }, { keyError: parsed.error }));
  }
  const key = parsed.key;
  switch (key.kind) {
    case 'secret':
      return checkKeyInfo(jwe, { type: 'oct', byteLength: key.bytes.length }) ?? { ok: true, candidates: [{ key: key.bytes }] };
    case 'spki':
    case 'certificate': {
      const mismatch = checkKeyInfo(jwe, key.keyInfo);
      return mismatch ?? refuse(failJwe('public-key-given', 'key-public', { alg, format: key.format }));
    }
    case 'pkcs8':
      return readPkcs8Key(jwe, key);
    case 'jwk':
      return checkJwk(jwe, key.jwk) ?? importJwk(jwe, key.jwk);
    case 'jwks':
      return readJwksKeys(jwe, key);
  }
}
