/**
 * The key a signature walk computes with, reduced to the numbers the mathematics needs: HMAC key
 * bytes, an RSA modulus and exponent, an EC public point, an Ed25519 public key.
 */
export type WalkKey =
  | { kind: 'secret'; bytes: Uint8Array }
  | { kind: 'rsa'; n: bigint; e: bigint }
  /** `x` and `y` are big-endian, each as many bytes as the curve's field. */
  | { kind: 'ec'; curve: string; x: Uint8Array; y: Uint8Array }
  | { kind: 'okp'; curve: string; x: Uint8Array };

/** What the walk needs: the bytes the signature covers, the signature, the token's `alg` and the key. */
export interface SignatureWalkInput {
  /** ASCII(BASE64URL(header) ‖ '.' ‖ BASE64URL(payload)). */
  signingInput: Uint8Array;
  signature: Uint8Array;
  alg: string;
  key: WalkKey;
}
