// Test-only: signs compact JWS with Node's crypto, the walk's independent oracle.
import { constants, createHmac, sign, type KeyObject } from 'node:crypto';
import { encodeBase64Url } from '../../../encoding/base64url';

export type NodeHash = 'sha256' | 'sha384' | 'sha512';

/** A JWS `alg` with the Node hash and padding it signs with. */
export interface NodeAlg {
  alg: string;
  hash: NodeHash;
  hashBytes: number;
}

export const HASH_OF: Readonly<Record<string, NodeHash>> = {
  '256': 'sha256',
  '384': 'sha384',
  '512': 'sha512',
};

/** Returns `alg`'s Node hash and its length. */
export function nodeAlg(alg: string): NodeAlg {
  const bits = alg.slice(2);
  const hash = HASH_OF[bits] ?? 'sha512';
  return { alg, hash, hashBytes: Number(bits) / 8 || 64 };
}

/** Returns the ASCII signing input of a header and payload. */
export function signingInputOf(header: object, payload: object = { sub: 'user-42', name: '김하늘', iat: 1767225600 }): string {
  return `${encodeBase64Url(Buffer.from(JSON.stringify(header)))}.${encodeBase64Url(Buffer.from(JSON.stringify(payload)))}`;
}

/** Returns the Node signature of the signing input for `alg` (ECDSA as raw r ‖ s, PSS with a hash-long salt unless told). */
export function signWithNode(alg: string, signingInput: string, key: KeyObject | Buffer, pssSaltLength?: number): Buffer {
  const { hash } = nodeAlg(alg);
  const data = Buffer.from(signingInput, 'ascii');
  if (alg.startsWith('HS')) return createHmac(hash, key).update(data).digest();
  if (alg.startsWith('RS')) return sign(hash, data, { key: key as KeyObject, padding: constants.RSA_PKCS1_PADDING });
  if (alg.startsWith('PS')) {
    return sign(hash, data, { key: key as KeyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: pssSaltLength ?? constants.RSA_PSS_SALTLEN_DIGEST });
  }
  if (alg.startsWith('ES')) return sign(hash, data, { key: key as KeyObject, dsaEncoding: 'ieee-p1363' });
  return sign(null, data, key);
}

/** Returns a compact JWS signed by Node. */
export function tokenSignedByNode(alg: string, key: KeyObject | Buffer, pssSaltLength?: number): string {
  const signingInput = signingInputOf({ alg, typ: 'JWT' });
  return `${signingInput}.${encodeBase64Url(signWithNode(alg, signingInput, key, pssSaltLength))}`;
}

/** Returns the token with one payload character changed, so its signature no longer covers it. */
export function tamperPayload(token: string): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const at = Math.floor(payload.length / 2);
  const changed = payload[at] === 'A' ? 'B' : 'A';
  return `${header}.${payload.slice(0, at)}${changed}${payload.slice(at + 1)}.${signature}`;
}

/** Returns a public key as the SPKI PEM text a user pastes. */
export function spkiPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}
