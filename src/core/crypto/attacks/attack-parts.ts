import { computeHmac } from '../../audit/hmac-sha2';
import { HASH_OF_ALG, isHmacAlg, type HmacAlg } from '../../audit/hmac-alg';
import { encodeBase64Url } from '../../encoding/base64url';
import { isJsonObject, type JsonObject, type JsonValue } from '../../json/json-value';
import { parseJson } from '../../json/parse-json';
import { kindOfJson } from '../../keys/key-error';
import { encodeHeaderSegment, encodeSigningInput, joinJwsSegments } from '../../token/jws-segments';
import { readPayload, type SignWarning } from '../sign-token';
import { findAttackVariant, type AttackKind } from './attack-catalogue';
import type { AttackError, AttackResult, BuiltAttack } from './attack-result';

/** The header and payload an attack starts from: the header as an object, the payload as the segment signing writes. */
export interface AttackParts {
  header: JsonObject;
  payloadJson: string;
  payloadSegment: string;
  warnings: SignWarning[];
}

/** The parts, or why the header or payload cannot be used. */
export type AttackPartsReading = { ok: true; parts: AttackParts } | { ok: false; error: AttackError };

/**
 * Returns the header object and the payload segment (whitespace between JSON tokens dropped, as
 * signToken writes it), or the JSON error with where it is; does not look at `alg` or any key.
 */
export function readAttackParts(headerJson: string, payloadJson: string): AttackPartsReading {
  const header = parseJson(headerJson);
  if (!header.ok) {
    const { code: problem, ...rest } = header.error;
    return { ok: false, error: { code: 'json-invalid', field: 'header', params: { part: 'header', problem, ...rest } } };
  }
  if (!isJsonObject(header.value)) return { ok: false, error: { code: 'header-not-object', field: 'header', params: { found: kindOfJson(header.value) } } };
  const payload = readPayload(payloadJson);
  if (!payload.ok) return payload;
  return { ok: true, parts: { header: header.value, payloadJson, payloadSegment: encodeBase64Url(payload.bytes), warnings: payload.warnings } };
}

/** Returns `alg` when it is one of `allowed`, else `fallback`; does not check anything else about the header. */
export function chooseAlg<Alg extends string>(alg: JsonValue | undefined, allowed: readonly Alg[], fallback: Alg): Alg {
  return allowed.find((candidate) => candidate === alg) ?? fallback;
}

/** Returns the header's HMAC algorithm, or HS256 when it names another (or none). */
export function chooseHmacAlg(header: JsonObject): HmacAlg {
  return isHmacAlg(header.alg) ? header.alg : 'HS256';
}

/** Returns the compact JWS of a header, a payload segment and a signature segment ('' for none); does not check them. */
export function assembleToken(header: JsonObject, payloadSegment: string, signatureSegment: string): string {
  return joinJwsSegments({ header: encodeHeaderSegment(header), payload: payloadSegment, signature: signatureSegment });
}

/**
 * Returns the compact JWS of the header (its `alg` an HS*) and payload segment, HMAC-signed with
 * `keyBytes` in pure JS: any key works, the empty one too, which WebCrypto refuses.
 */
export function assembleHmacToken(header: JsonObject & { alg: HmacAlg }, payloadSegment: string, keyBytes: Uint8Array): string {
  const headerSegment = encodeHeaderSegment(header);
  const mac = computeHmac(HASH_OF_ALG[header.alg], keyBytes, encodeSigningInput({ header: headerSegment, payload: payloadSegment }));
  return joinJwsSegments({ header: headerSegment, payload: payloadSegment, signature: encodeBase64Url(mac) });
}

/** Returns a successful result for an attack's token, with the rule the catalogue names for the variant. */
export function succeed(kind: AttackKind, variantId: string, token: string, parts: AttackParts, extra: Partial<Pick<BuiltAttack, 'verifierKey' | 'hosted' | 'signingKey'>> = {}): AttackResult {
  const variant = findAttackVariant(kind, variantId);
  return { ok: true, attack: { kind, variant: variant.id, ruleId: variant.ruleId, token, verifierKey: '', hosted: null, signingKey: null, warnings: parts.warnings, ...extra } };
}
