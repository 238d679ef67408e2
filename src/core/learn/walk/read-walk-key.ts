import type { JsonObject } from '../../json/json-value';
import type { SecretEncoding } from '../../keys/decode-secret';
import { toDerError } from '../../keys/der';
import type { JwksMember, ParsedJwks } from '../../keys/parse-jwks';
import { parseKeyInput, type ParsedKey } from '../../keys/parse-key-input';
import type { SignatureWalkError } from '../signature-walk';
import { readPkcs8WalkKey, readSpkiWalkKey } from './read-der-walk-key';
import { readJwkWalkKey } from './read-jwk-walk-key';
import type { WalkAlgorithm } from './walk-algorithms';
import type { WalkKey } from './walk-key';

/** The keys the walk may use, in the order to try them (a JWK Set may offer several), or why there are none. */
export type WalkKeyReading = { ok: true; keys: WalkKey[] } | { ok: false; error: SignatureWalkError };

function fitsAlgorithm(key: WalkKey, algorithm: WalkAlgorithm): boolean {
  switch (algorithm.family) {
    case 'hmac':
      return key.kind === 'secret';
    case 'rsa-pkcs1':
    case 'rsa-pss':
      return key.kind === 'rsa';
    case 'ecdsa':
      return key.kind === 'ec' && key.curve === algorithm.curve;
    case 'eddsa':
      return key.kind === 'okp' && key.curve === algorithm.curve;
  }
}

function kidOf(member: JwksMember): string | undefined {
  return member.ok ? member.jwk.kid : member.kid;
}

/**
 * The decoder's JWK Set selection (a `kid` in the header selects; then the key type and curve must
 * fit), so the walk explains the member the verdict came from. Symmetric keys are never taken from a set.
 */
function selectFromJwks(jwks: ParsedJwks, algorithm: WalkAlgorithm, header: JsonObject): WalkKeyReading {
  const hasKid = Object.hasOwn(header, 'kid');
  const kid = header.kid;
  const pool = hasKid ? jwks.members.filter((member) => typeof kid === 'string' && kidOf(member) === kid) : jwks.members;
  const keys = pool.flatMap((member) => {
    const key = member.ok ? readJwkWalkKey(member.jwk.jwk) : null;
    return key !== null && key.kind !== 'secret' && fitsAlgorithm(key, algorithm) ? [key] : [];
  });
  if (keys.length > 0) return { ok: true, keys };
  return { ok: false, error: hasKid ? { code: 'jwks-no-match', kid: typeof kid === 'string' ? kid : JSON.stringify(kid) } : { code: 'jwks-no-match' } };
}

function fromParsedKey(key: Exclude<ParsedKey, { kind: 'jwks' }>): WalkKey | null {
  switch (key.kind) {
    case 'secret':
      return { kind: 'secret', bytes: key.bytes };
    case 'jwk':
      return readJwkWalkKey(key.jwk.jwk);
    case 'spki':
      return readSpkiWalkKey(key.spki);
    case 'certificate':
      return readSpkiWalkKey(key.certificate.spki);
    case 'pkcs8':
      return readPkcs8WalkKey(key.pkcs8);
  }
}

function readSingleKey(key: Exclude<ParsedKey, { kind: 'jwks' }>, algorithm: WalkAlgorithm): WalkKeyReading {
  try {
    const walkKey = fromParsedKey(key);
    if (walkKey === null) return { ok: false, error: { code: 'key-mismatch', family: algorithm.family, keyKind: 'other' } };
    return { ok: true, keys: [walkKey] };
  } catch (error) {
    return { ok: false, error: { code: 'key-unreadable', detail: toDerError(error).code } };
  }
}

/**
 * Returns the key numbers the walk computes with, read from the key input as the decoder reads it
 * (secrets in the chosen encoding; PEM, JWK, JWK Set; a private key's public part); does not
 * judge the key's strength, `use`, `key_ops` or `alg`, and never returns private numbers.
 */
export function readWalkKey(keyText: string, secretEncoding: SecretEncoding, algorithm: WalkAlgorithm, header: JsonObject): WalkKeyReading {
  const parsed = parseKeyInput(keyText, { secretEncoding });
  if (!parsed.ok) {
    if (parsed.error.code === 'key-empty') return { ok: false, error: { code: 'key-needed', family: algorithm.family } };
    return { ok: false, error: { code: 'key-unreadable', detail: parsed.error.code } };
  }
  const key = parsed.key;
  if (key.kind !== 'jwks') return readSingleKey(key, algorithm);
  if (algorithm.family === 'hmac') return { ok: false, error: { code: 'key-mismatch', family: 'hmac', keyKind: 'jwks' } };
  return selectFromJwks(key.jwks, algorithm, header);
}
