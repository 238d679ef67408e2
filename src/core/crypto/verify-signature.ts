import { compactVerify } from 'jose';
import type { SecretEncoding } from '../keys/decode-secret';
import type { KeyFormat } from '../keys/detect-key-format';
import type { KeyError } from '../keys/key-error';
import { isMlDsaKeyFor, type KeyInfo } from '../keys/key-info';
import type { KeyNote } from '../keys/key-note';
import type { JwksMember, ParsedJwks } from '../keys/parse-jwks';
import { parseKeyInput, type KeyParsing, type ParsedKey } from '../keys/parse-key-input';
import { rawKeySchemeOf } from '../keys/read-raw-key';
import { importJwkForVerification, importVerificationKey, type KeyImport, type VerificationKey } from './import-verification-key';
import { checkJwkUsage, checkKeyFitsAlgorithm, fitsCurve, lookupJwsAlgorithm, type JwsAlgorithm, type Refusal } from './jws-algorithms';
import { mapVerifyError } from './map-jose-error';
import { readCompactJws, type CompactJws } from './read-compact-jws';
import type { ReasonParams, VerificationResult } from './verification-result';
import { verifyRawSignature } from './verify-raw-signature';

/** The token and the key to verify it with. */
export interface VerifyInput {
  /** The compact JWS as decoded (the decoder's normalised text: no inner whitespace, no `Bearer`). */
  token: string;
  /** The key input's text as pasted, or what parseKeyInput read from it (so the text is read once). */
  key: string | ParsedKey | KeyParsing;
}

/** How to read the key input. */
export interface VerifyOptions {
  /** How a secret's text becomes bytes; `utf8` when not given. Ignored for a ParsedKey. */
  secretEncoding?: SecretEncoding;
}

interface KeyContext {
  keyFormat: KeyFormat;
  keyNotes: KeyNote[];
}

function finish(result: VerificationResult, context: KeyContext): VerificationResult {
  const withFormat: VerificationResult = { ...result, keyFormat: context.keyFormat };
  return context.keyNotes.length > 0 ? { ...withFormat, keyNotes: context.keyNotes } : withFormat;
}

function fromRefusal(refusal: Refusal): VerificationResult {
  return { status: refusal.status, reason: refusal.reason, params: refusal.params };
}

function fromKeyError(error: KeyError): VerificationResult {
  const { code, ...params } = error;
  return { status: 'error', reason: code, params: params };
}

async function verifyWithKey(jws: CompactJws, key: VerificationKey): Promise<VerificationResult> {
  try {
    await compactVerify(jws.token, key, { algorithms: [jws.alg] });
    return { status: 'valid', params: { alg: jws.alg } };
  } catch (error) {
    const mapped = mapVerifyError(error, jws.alg);
    return { status: mapped.status, reason: mapped.reason, params: mapped.params, cause: mapped.cause };
  }
}

async function verifyImported(jws: CompactJws, imported: Promise<KeyImport>): Promise<VerificationResult> {
  const result = await imported;
  if (!result.ok) {
    const { status, reason, params, cause } = result.failure;
    return { status, reason, params, cause };
  }
  return verifyWithKey(jws, result.key);
}

function keyInfoOf(key: Exclude<ParsedKey, { kind: 'jwks' }>): KeyInfo {
  switch (key.kind) {
    case 'secret':
      return { type: 'oct', byteLength: key.bytes.length };
    case 'jwk':
      return key.jwk.keyInfo;
    default:
      return key.keyInfo;
  }
}

async function verifyWithSingleKey(jws: CompactJws, algorithm: JwsAlgorithm, key: Exclude<ParsedKey, { kind: 'jwks' }>): Promise<VerificationResult> {
  if (key.kind === 'jwk') {
    const usage = checkJwkUsage(jws.alg, key.jwk);
    if (usage !== null) return fromRefusal(usage);
  }
  const keyInfo = keyInfoOf(key);
  const fit = checkKeyFitsAlgorithm(jws.alg, algorithm, keyInfo);
  if (fit !== null) return fromRefusal(fit);
  const scheme = rawKeySchemeOf(keyInfo);
  if (scheme !== null && key.kind !== 'secret') return verifyRawSignature(jws, scheme, key);
  return verifyImported(jws, importVerificationKey(key, jws.alg));
}

/** jose's JWK Set selection (`createLocalJWKSet`): key type and curve for the alg. */
function fitsKeyType(alg: string, algorithm: JwsAlgorithm, member: Extract<JwksMember, { ok: true }>): boolean {
  const { kty, keyInfo } = member.jwk;
  switch (algorithm.family) {
    case 'hmac':
      return false;
    case 'rsa':
    case 'rsa-pss':
      return kty === 'RSA';
    case 'ecdsa':
      return kty === 'EC' && keyInfo.type === 'ec' && keyInfo.curve === algorithm.curve;
    case 'eddsa':
      return kty === 'OKP' && keyInfo.type === 'okp' && fitsCurve(alg, algorithm, keyInfo.curve);
    case 'ml-dsa':
      return kty === 'AKP' && isMlDsaKeyFor(alg, keyInfo);
  }
}

function kidOf(member: JwksMember): string | undefined {
  return member.ok ? member.jwk.kid : member.kid;
}

async function verifyMember(jws: CompactJws, algorithm: JwsAlgorithm, member: JwksMember): Promise<VerificationResult> {
  if (!member.ok) return fromKeyError(member.error);
  const usage = checkJwkUsage(jws.alg, { ...member.jwk, isPrivate: false });
  if (usage !== null) return fromRefusal(usage);
  const fit = checkKeyFitsAlgorithm(jws.alg, algorithm, member.jwk.keyInfo);
  if (fit !== null) return fromRefusal(fit);
  const scheme = rawKeySchemeOf(member.jwk.keyInfo);
  if (scheme !== null) return verifyRawSignature(jws, scheme, { kind: 'jwk', format: 'jwk', jwk: member.jwk, notes: [] });
  return verifyImported(jws, importJwkForVerification(member.jwk, jws.alg));
}

function withMember(result: VerificationResult, member: JwksMember): VerificationResult {
  const kid = kidOf(member);
  const tagged: VerificationResult = { ...result, params: { ...result.params, memberIndex: member.index } };
  return kid === undefined ? tagged : { ...tagged, usedKid: kid };
}

/**
 * Rule 5 of the vectors README (jose's createLocalJWKSet): the token's `kid` selects; then key type,
 * curve, `use`, `key_ops` and `alg` must fit; every fitting member is tried and the one that
 * verified is named. Symmetric algorithms are never looked up in a set.
 */
async function verifyWithJwks(jws: CompactJws, algorithm: JwsAlgorithm, jwks: ParsedJwks): Promise<VerificationResult> {
  if (algorithm.family === 'hmac') return { status: 'invalid', reason: 'jwks-no-symmetric', params: { alg: jws.alg } };
  const { members } = jwks;
  if (members.length === 0) return { status: 'invalid', reason: 'jwks-empty', params: { alg: jws.alg } };

  let pool = members;
  const hasKid = Object.hasOwn(jws.header, 'kid');
  if (hasKid) {
    const kid = jws.header.kid;
    pool = members.filter((member) => typeof kid === 'string' && kidOf(member) === kid);
    if (pool.length === 0) {
      const kids = members.map(kidOf).filter((value): value is string => value !== undefined);
      return { status: 'invalid', reason: 'kid-not-found', params: { alg: jws.alg, kid: typeof kid === 'string' ? kid : JSON.stringify(kid), kids } };
    }
  }

  const candidates = pool.filter(
    (member) => member.ok && fitsKeyType(jws.alg, algorithm, member) && checkJwkUsage(jws.alg, { ...member.jwk, isPrivate: false }) === null,
  );
  if (candidates.length === 0) {
    const only = pool.length === 1 ? pool[0] : undefined;
    if (only !== undefined) return withMember(await verifyMember(jws, algorithm, only), only);
    const params: ReasonParams = { alg: jws.alg, members: pool.length };
    if (hasKid && typeof jws.header.kid === 'string') params.kid = jws.header.kid;
    return { status: 'invalid', reason: 'jwks-no-matching-key', params };
  }

  // Members are independent, so they are tried concurrently; the first in set order that verifies is named.
  const results = await Promise.all(candidates.map(async (member) => withMember(await verifyMember(jws, algorithm, member), member)));
  const verified = results.find((result) => result.status === 'valid');
  if (verified !== undefined) return { ...verified, params: { ...verified.params, tried: results.length } };
  const [first] = results;
  if (first === undefined || results.length === 1) return first ?? { status: 'invalid', reason: 'jwks-no-matching-key', params: { alg: jws.alg } };
  if (results.some((result) => result.reason === 'signature-mismatch')) {
    return { status: 'invalid', reason: 'signature-mismatch', params: { alg: jws.alg, tried: results.length } };
  }
  return first;
}

/**
 * Returns whether the compact JWS's signature verifies under its header's `alg` with the key, or
 * why not, as data (status + reason code + params); never throws for bad input. Checks the
 * signature only: not `exp`/`nbf`/`iat`, audience, issuer, nor whether the key is trustworthy.
 */
export async function verifySignature(input: VerifyInput, options: VerifyOptions = {}): Promise<VerificationResult> {
  const parsed: KeyParsing =
    typeof input.key === 'string'
      ? parseKeyInput(input.key, options.secretEncoding === undefined ? {} : { secretEncoding: options.secretEncoding })
      : 'ok' in input.key
        ? input.key
        : { ok: true, key: input.key };
  const keyFormat = parsed.ok ? parsed.key.format : parsed.format;
  if (keyFormat === 'none') return { status: 'no-key', keyFormat };
  const early: KeyContext = { keyFormat, keyNotes: [] };

  // Token problems come first: they hold whatever key is given.
  const read = readCompactJws(input.token);
  if (!read.ok) return finish(fromRefusal(read.refusal), early);
  const jws = read.jws;
  const lookup = lookupJwsAlgorithm(jws.alg);
  if (!lookup.ok) return finish(fromRefusal(lookup.refusal), early);
  if (!parsed.ok) return finish(fromKeyError(parsed.error), early);
  const parsedKey = parsed.key;
  const context: KeyContext = { keyFormat, keyNotes: parsedKey.notes };

  try {
    const result =
      parsedKey.kind === 'jwks'
        ? await verifyWithJwks(jws, lookup.algorithm, parsedKey.jwks)
        : await verifyWithSingleKey(jws, lookup.algorithm, parsedKey);
    return finish(result, context);
  } catch (error) {
    // Every expected failure is mapped above; reaching here is a bug, still reported as data to the view.
    return finish({ status: 'error', reason: 'verification-failed', params: { alg: jws.alg }, cause: error }, context);
  }
}
