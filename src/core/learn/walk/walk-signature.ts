import type { SignatureFamily, SignatureWalk } from '../signature-walk';
import { lookupWalkAlgorithm } from './walk-algorithms';
import { walkEcdsa } from './walk-ecdsa';
import { walkEddsa } from './walk-eddsa';
import { walkHmac } from './walk-hmac';
import { walkRsaPkcs1 } from './walk-rsa-pkcs1';
import { walkRsaPss } from './walk-rsa-pss';
import type { SignatureWalkInput, WalkKey } from './walk-key';

function mismatch(family: SignatureFamily, key: WalkKey): SignatureWalk {
  const curve = key.kind === 'ec' || key.kind === 'okp' ? { curve: key.curve } : {};
  return { ok: false, error: { code: 'key-mismatch', family, keyKind: key.kind, ...curve } };
}

/**
 * Returns every intermediate value of checking the signature with the key, synchronously, and
 * whether the recomputed value equals the token's; or why the walk cannot be done (an `alg` it does
 * not explain, a key of the wrong kind or curve, a signature of the wrong length). Checks the
 * mathematics only: not key size, `use`, `key_ops` nor any other policy the decoder applies.
 */
export function walkSignature(input: SignatureWalkInput): SignatureWalk {
  const { alg, key, signingInput, signature } = input;
  const algorithm = lookupWalkAlgorithm(alg);
  if (algorithm === undefined) return { ok: false, error: { code: 'unsupported-alg', alg } };
  switch (algorithm.family) {
    case 'hmac':
      if (key.kind !== 'secret') return mismatch('hmac', key);
      return walkHmac(alg, algorithm.hash, key.bytes, signingInput, signature);
    case 'rsa-pkcs1':
      if (key.kind !== 'rsa') return mismatch('rsa-pkcs1', key);
      return walkRsaPkcs1(alg, algorithm.hash, key.n, key.e, signingInput, signature);
    case 'rsa-pss':
      if (key.kind !== 'rsa') return mismatch('rsa-pss', key);
      return walkRsaPss(alg, algorithm.hash, key.n, key.e, signingInput, signature);
    case 'ecdsa':
      if (key.kind !== 'ec' || key.curve !== algorithm.curve) return mismatch('ecdsa', key);
      return walkEcdsa(alg, algorithm.hash, key.curve, key, signingInput, signature);
    case 'eddsa':
      if (key.kind !== 'okp' || key.curve !== algorithm.curve) return mismatch('eddsa', key);
      return walkEddsa(alg, key.x, signingInput, signature);
  }
}
