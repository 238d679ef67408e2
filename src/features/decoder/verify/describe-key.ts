import { calculateThumbprint } from '../../../core/crypto/calculate-thumbprint';
import type { JsonObject } from '../../../core/json/json-value';
import type { KeyInfo } from '../../../core/keys/key-info';
import type { KeyParsing } from '../../../core/keys/parse-key-input';
import { formatDistinguishedName } from '../../../core/keys/read-certificate';

/** One JWK of what was pasted, as the key details list shows it. */
export interface JwkSummary {
  index: number;
  kid?: string;
  kty: string;
  alg?: string;
  use?: string;
  keyInfo: KeyInfo;
  isPrivate: boolean;
  /** RFC 7638 SHA-256 thumbprint; null when the JWK lacks what the thumbprint needs. */
  thumbprint: string | null;
}

export type KeyDetails =
  | { ok: false; parsing: Extract<KeyParsing, { ok: false }> }
  | { ok: true; kind: 'secret'; byteLength: number }
  | { ok: true; kind: 'public-key'; keyInfo: KeyInfo }
  | { ok: true; kind: 'private-key'; keyInfo: KeyInfo }
  | {
      ok: true;
      kind: 'certificate';
      keyInfo: KeyInfo;
      subject: string;
      issuer: string;
      notBeforeSeconds: number;
      notAfterSeconds: number;
      serialNumberHex: string;
    }
  | { ok: true; kind: 'jwk'; jwk: JwkSummary }
  | { ok: true; kind: 'jwks'; members: JwkSummary[]; unreadable: number };

async function thumbprintOf(jwk: JsonObject): Promise<string | null> {
  const result = await calculateThumbprint(jwk);
  return result.ok ? result.thumbprint : null;
}

/**
 * What the pasted key is, for display: its type and size, a certificate's names and validity, each
 * JWK's thumbprint. Loaded with the verifier (it needs jose for the thumbprint). Does not verify.
 */
export async function describeKey(parsing: KeyParsing): Promise<KeyDetails> {
  if (!parsing.ok) return { ok: false, parsing };
  const { key } = parsing;
  switch (key.kind) {
    case 'secret':
      return { ok: true, kind: 'secret', byteLength: key.bytes.length };
    case 'spki':
      return { ok: true, kind: 'public-key', keyInfo: key.keyInfo };
    case 'pkcs8':
      return { ok: true, kind: 'private-key', keyInfo: key.keyInfo };
    case 'certificate':
      return {
        ok: true,
        kind: 'certificate',
        keyInfo: key.keyInfo,
        subject: formatDistinguishedName(key.certificate.subject),
        issuer: formatDistinguishedName(key.certificate.issuer),
        notBeforeSeconds: key.certificate.notBeforeSeconds,
        notAfterSeconds: key.certificate.notAfterSeconds,
        serialNumberHex: key.certificate.serialNumberHex,
      };
    case 'jwk':
      return {
        ok: true,
        kind: 'jwk',
        jwk: { index: 0, ...pickJwk(key.jwk), thumbprint: await thumbprintOf(key.jwk.publicJwk) },
      };
    case 'jwks': {
      const members: JwkSummary[] = [];
      let unreadable = 0;
      for (const member of key.jwks.members) {
        if (!member.ok) {
          unreadable += 1;
          continue;
        }
        members.push({ index: member.index, ...pickJwk(member.jwk), thumbprint: await thumbprintOf(member.jwk.publicJwk) });
      }
      return { ok: true, kind: 'jwks', members, unreadable };
    }
  }
}

function pickJwk(jwk: { kid?: string; kty: string; alg?: string; use?: string; keyInfo: KeyInfo; isPrivate: boolean }) {
  return {
    kty: jwk.kty,
    keyInfo: jwk.keyInfo,
    isPrivate: jwk.isPrivate,
    ...(jwk.kid === undefined ? {} : { kid: jwk.kid }),
    ...(jwk.alg === undefined ? {} : { alg: jwk.alg }),
    ...(jwk.use === undefined ? {} : { use: jwk.use }),
  };
}
