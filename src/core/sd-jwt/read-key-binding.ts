import { isJsonObject, ownMember, type JsonObject, type JsonValue } from '../json/json-value';
import { decodeToken } from '../token/decode-token';
import { findTokenParts, readJsonObject } from '../token/find-token-parts';
import { digestSdText, type SdHashAlg } from './sd-hash-alg';

/** What a key-binding JWT (RFC 9901 §4.3) says and what its `sd_hash` should be. */
export interface KeyBindingReading {
  /** The KB-JWT's text as sent. */
  text: string;
  /** It is a compact JWS whose header and payload are JSON objects. */
  wellFormed: boolean;
  header: JsonObject | null;
  payload: JsonObject | null;
  typ: JsonValue | undefined;
  alg: JsonValue | undefined;
  nonce: JsonValue | undefined;
  aud: JsonValue | undefined;
  iat: JsonValue | undefined;
  sdHash: JsonValue | undefined;
  /** The digest of the presentation under `_sd_alg`; null when that algorithm is not one this app computes. */
  expectedSdHash: string | null;
  /** The holder's public key: the issuer payload's `cnf.jwk` (RFC 7800 §3.2), null when there is none. */
  holderKey: JsonObject | null;
}

/** Returns the holder's key from an issuer payload's `cnf.jwk`, or null; does not check the key. */
export function readHolderKey(payload: JsonObject | null): JsonObject | null {
  const cnf = payload === null ? undefined : ownMember(payload, 'cnf');
  const jwk = isJsonObject(cnf) ? ownMember(cnf, 'jwk') : undefined;
  return isJsonObject(jwk) ? jwk : null;
}

/**
 * Returns the key-binding JWT's header members, `nonce`, `aud`, `iat`, `sd_hash`, the `sd_hash` the
 * presentation should have, and the holder key from the issuer payload. Does not verify the
 * signature (verifyKeyBinding does) nor judge `iat`, `nonce` or `aud` against any expectation.
 */
export function readKeyBinding(text: string, presentation: string, alg: SdHashAlg, issuerPayload: JsonObject | null): KeyBindingReading {
  const decoded = decodeToken(text);
  const parts = findTokenParts(decoded);
  const header = readJsonObject(parts.header);
  const payload = readJsonObject(parts.payload);
  const member = (object: JsonObject | null, name: string) => (object === null ? undefined : ownMember(object, name));
  return {
    text,
    wellFormed: decoded.kind === 'jws' && header !== null && payload !== null,
    header,
    payload,
    typ: member(header, 'typ'),
    alg: member(header, 'alg'),
    nonce: member(payload, 'nonce'),
    aud: member(payload, 'aud'),
    iat: member(payload, 'iat'),
    sdHash: member(payload, 'sd_hash'),
    expectedSdHash: alg.name === null ? null : digestSdText(alg.name, presentation),
    holderKey: readHolderKey(issuerPayload),
  };
}
