import { familyOfJweAlgorithm, JWE_CONTENT_ENCRYPTION_ALGORITHMS, JWE_KEY_MANAGEMENT_ALGORITHMS } from '../../core/crypto/jwe-algorithms';

/** Sign (a JWS) or encrypt (a JWE): the `encoder-mode` option values of the UI contract. */
export type EncoderMode = 'jws' | 'jwe';

export const ENCODER_MODES: readonly EncoderMode[] = ['jws', 'jwe'];

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
  'ES256K',
  'EdDSA',
  'Ed25519',
  'Ed448',
  'ML-DSA-44',
  'ML-DSA-65',
  'ML-DSA-87',
  'none',
] as const;

export type EncoderAlgorithm = (typeof ENCODER_ALGORITHMS)[number];

/** How the select groups the algorithms; each group's label is `encoder.algGroup.<group>`. */
export type AlgorithmGroup = 'hmac' | 'rsa' | 'pss' | 'ecdsa' | 'eddsa' | 'mlDsa' | 'unsigned';

export const ALGORITHM_GROUPS: ReadonlyArray<[AlgorithmGroup, readonly EncoderAlgorithm[]]> = [
  ['hmac', ['HS256', 'HS384', 'HS512']],
  ['rsa', ['RS256', 'RS384', 'RS512']],
  ['pss', ['PS256', 'PS384', 'PS512']],
  ['ecdsa', ['ES256', 'ES384', 'ES512', 'ES256K']],
  ['eddsa', ['EdDSA', 'Ed25519', 'Ed448']],
  ['mlDsa', ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']],
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

/** How the JWE select groups the key management algorithms; each group's label is `encoder.jweAlgGroup.<group>`. */
export type JweAlgorithmGroup = 'direct' | 'rsa' | 'ecdh' | 'aesKw' | 'aesGcmKw' | 'password';

function groupOfJweAlgorithm(alg: string): JweAlgorithmGroup {
  if (alg === 'dir') return 'direct';
  const family = familyOfJweAlgorithm(alg);
  if (family === 'symmetric') return alg.includes('GCMKW') ? 'aesGcmKw' : 'aesKw';
  return family;
}

/** The key management algorithms in the RFC's order, grouped by the kind of key they take. */
export const JWE_ALGORITHM_GROUPS: ReadonlyArray<[JweAlgorithmGroup, readonly string[]]> = (['direct', 'rsa', 'ecdh', 'aesKw', 'aesGcmKw', 'password'] as const).map((group) => [
  group,
  JWE_KEY_MANAGEMENT_ALGORITHMS.filter((alg) => groupOfJweAlgorithm(alg) === group),
]);

export function isJweAlgorithm(value: unknown): value is string {
  return typeof value === 'string' && JWE_KEY_MANAGEMENT_ALGORITHMS.includes(value);
}

export function isJweEncryption(value: unknown): value is string {
  return typeof value === 'string' && JWE_CONTENT_ENCRYPTION_ALGORITHMS.includes(value);
}
