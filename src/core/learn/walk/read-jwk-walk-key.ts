import type { JsonObject } from '../../json/json-value';
import { concatBytes, toBigInt } from '../../keys/der';
import { readJwkBytes } from '../../keys/parse-jwk';
import { readEcPointBytes } from './ec-point-bytes';
import type { WalkKey } from './walk-key';

const EMPTY = new Uint8Array();

function curveOf(jwk: JsonObject): string {
  return typeof jwk.crv === 'string' ? jwk.crv : '';
}

/**
 * Returns the walk key of a JWK whose members readJwk accepted (`oct` k, RSA n and e, an EC point,
 * an OKP public key `x`), or null for a key type that signs no JWS; private members are never
 * read. An EC point off its curve is returned empty (the walk then calls the key unreadable).
 * Does not check `use`, `key_ops` or `alg`.
 */
export function readJwkWalkKey(jwk: JsonObject): WalkKey | null {
  switch (jwk.kty) {
    case 'oct': {
      const k = readJwkBytes(jwk, 'k');
      return k === null ? null : { kind: 'secret', bytes: k };
    }
    case 'RSA': {
      const n = readJwkBytes(jwk, 'n');
      const e = readJwkBytes(jwk, 'e');
      return n === null || e === null ? null : { kind: 'rsa', n: toBigInt(n), e: toBigInt(e) };
    }
    case 'EC': {
      const curve = curveOf(jwk);
      const point = readEcPointBytes(curve, concatBytes(Uint8Array.of(0x04), readJwkBytes(jwk, 'x') ?? EMPTY, readJwkBytes(jwk, 'y') ?? EMPTY));
      return { kind: 'ec', curve, x: point?.x ?? EMPTY, y: point?.y ?? EMPTY };
    }
    case 'OKP':
      return { kind: 'okp', curve: curveOf(jwk), x: readJwkBytes(jwk, 'x') ?? EMPTY };
    default:
      return null;
  }
}
