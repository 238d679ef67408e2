/**
 * The signature walk-through's data: each intermediate value of checking a JWS signature, computed
 * from the token and the key, as bytes the view shows in hex. Step ids are the UI contract's
 * `data-step` values plus the explanatory steps between them.
 */
export type SignatureStepId =
  // every algorithm
  | 'signing-input'
  | 'signature'
  // HMAC: key → K′ → K′ ⊕ ipad → inner hash → K′ ⊕ opad → mac
  | 'key'
  | 'k-prime'
  | 'inner-key'
  | 'inner-hash'
  | 'outer-key'
  | 'mac'
  // RSA PKCS#1 v1.5 and PSS: s^e mod n → EM; the hash of the signing input
  | 'em'
  | 'digest-info'
  | 'digest'
  // PKCS#1 v1.5: the encoding a signer would have produced from the digest, compared with EM whole
  | 'expected-em'
  // PSS: EM = maskedDB ‖ H ‖ 0xbc; DB = maskedDB ⊕ MGF1(H); salt; M′; H′
  | 'masked-db'
  | 'h'
  | 'db-mask'
  | 'db'
  | 'salt'
  | 'm-prime'
  | 'h-prime'
  // ECDSA r ‖ s, EdDSA R ‖ S
  | 'r'
  | 's'
  // ECDSA: u1 = e·s⁻¹ and u2 = r·s⁻¹ mod n, the scalars of R′ = u1·G + u2·Q
  | 'u1'
  | 'u2'
  // EdDSA: the public key A and k = SHA-512(R ‖ A ‖ M)
  | 'public-key'
  | 'k'
  // ECDSA and EdDSA: the point the check recomputes (x(R′) for ECDSA, [S]B − [k]A for EdDSA)
  | 'recomputed';

/** A labelled byte range inside a step's value (EM's `00 01 FF…` padding, the DigestInfo prefix, H). */
export interface StepField {
  label: 'padding' | 'separator' | 'digest-info' | 'hash' | 'masked-db' | 'h' | 'trailer' | 'zeros' | 'salt' | 'one';
  start: number;
  end: number;
}

export interface SignatureStep {
  id: SignatureStepId;
  bytes: Uint8Array;
  fields?: StepField[];
}

export type SignatureFamily = 'hmac' | 'rsa-pkcs1' | 'rsa-pss' | 'ecdsa' | 'eddsa';

/** Why the walk cannot be computed; the view says what to do about it. */
export type SignatureWalkError =
  | { code: 'not-jws' }
  | { code: 'unsupported-alg'; alg: string }
  | { code: 'key-needed'; family: SignatureFamily }
  /**
   * `detail` is the key reader's KeyError code (`secret-bad-hex`, `jwk-missing-member`, `der-invalid`, …),
   * a DER problem inside a key the reader accepted (`der-truncated`, …), or `ec-point-not-on-curve` /
   * `ed25519-point-invalid` for a public key that is not a point of its curve.
   */
  | { code: 'key-unreadable'; detail: string }
  /**
   * `keyKind` is `secret`, `rsa`, `ec`, `okp`, `jwks` (a JWK Set for HMAC) or `other` (a key type no
   * JWS algorithm uses); `curve` is given for EC and OKP keys.
   */
  | { code: 'key-mismatch'; family: SignatureFamily; keyKind: string; curve?: string }
  | { code: 'signature-length'; expected: number; actual: number }
  /** The signature segment is not base64url, so it has no bytes to compare. */
  | { code: 'signature-unreadable' }
  /** No member of the pasted JWK Set has the header's `kid` (when it has one) and fits the algorithm. */
  | { code: 'jwks-no-match'; kid?: string };

export type SignatureWalk =
  | {
      ok: true;
      alg: string;
      family: SignatureFamily;
      /** In the order a reader follows them, from `signing-input` to the value compared. */
      steps: SignatureStep[];
      /** The walk's conclusion: the computed value equals the token's (what `sig-compare` shows). */
      match: boolean;
      /** The two values compared, for the character-by-character view (HMAC: mac vs signature; RSA: H vs hash; …). */
      compared: { computed: Uint8Array; expected: Uint8Array };
    }
  | { ok: false; error: SignatureWalkError };
