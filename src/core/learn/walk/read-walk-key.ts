import type { SecretEncoding } from '../../keys/decode-secret';
import { parseKeyInput, type ParsedKey } from '../../keys/parse-key-input';
import { readJwkBytes } from '../../keys/parse-jwk';
import type { JsonObject } from '../../json/json-value';
import type { SignatureWalkError } from '../signature-walk';
import type { WalkAlgorithm } from './walk-algorithms';
import type { WalkKey } from './walk-key';

/** The key's numbers for the walk, or why there are none. */
export type WalkKeyReading = { ok: true; key: WalkKey } | { ok: false; error: SignatureWalkError };

function fromJwk(jwk: JsonObject): WalkKey | null {
  switch (jwk.kty) {
    case 'oct': {
      const k = readJwkBytes(jwk, 'k');
      return k === null ? null : { kind: 'secret', bytes: k };
    }
    default:
      return null;
  }
}

function fromParsedKey(key: ParsedKey): WalkKey | null {
  switch (key.kind) {
    case 'secret':
      return { kind: 'secret', bytes: key.bytes };
    case 'jwk':
      return fromJwk(key.jwk.jwk);
    default:
      return null;
  }
}

/**
 * Returns the numbers of the key input the walk computes with (secrets decoded with the chosen
 * encoding); does not judge the key's strength, `use`, `key_ops` or `alg`.
 */
export function readWalkKey(keyText: string, secretEncoding: SecretEncoding, algorithm: WalkAlgorithm): WalkKeyReading {
  const parsed = parseKeyInput(keyText, { secretEncoding });
  if (!parsed.ok) {
    if (parsed.error.code === 'key-empty') return { ok: false, error: { code: 'key-needed', family: algorithm.family } };
    return { ok: false, error: { code: 'key-unreadable', detail: parsed.error.code } };
  }
  const key = fromParsedKey(parsed.key);
  if (key === null) return { ok: false, error: { code: 'key-mismatch', family: algorithm.family, keyKind: parsed.key.kind } };
  return { ok: true, key };
}
