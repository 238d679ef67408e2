/** The `alg` values the encoder offers, equal to the `encoder-alg` option values of the UI contract. */
export const ENCODER_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
  'none',
] as const;

export type EncoderAlgorithm = (typeof ENCODER_ALGORITHMS)[number];

/** How the select groups the algorithms; each group's label is `encoder.algGroup.<group>`. */
export type AlgorithmGroup = 'hmac' | 'rsa' | 'pss' | 'ecdsa' | 'eddsa' | 'unsigned';

export const ALGORITHM_GROUPS: ReadonlyArray<[AlgorithmGroup, readonly EncoderAlgorithm[]]> = [
  ['hmac', ['HS256', 'HS384', 'HS512']],
  ['rsa', ['RS256', 'RS384', 'RS512']],
  ['pss', ['PS256', 'PS384', 'PS512']],
  ['ecdsa', ['ES256', 'ES384', 'ES512']],
  ['eddsa', ['EdDSA', 'Ed25519']],
  ['unsigned', ['none']],
];

export function isEncoderAlgorithm(value: unknown): value is EncoderAlgorithm {
  return typeof value === 'string' && (ENCODER_ALGORITHMS as readonly string[]).includes(value);
}

/** HMAC algorithms sign with a shared secret. */
export function isHmac(alg: EncoderAlgorithm): boolean {
  return alg.startsWith('HS');
}

/** RS* and PS* take an RSA key, whose size the user chooses when generating. */
export function isRsa(alg: EncoderAlgorithm): boolean {
  return alg.startsWith('RS') || alg.startsWith('PS');
}
