import { DIGEST_BYTES, hashSha2, type HmacHash } from '../../audit/hmac-sha2';
import { concatBytes } from '../../keys/der';
import type { SignatureWalk, StepField } from '../signature-walk';
import { bytesEqual, filledBytes } from './bytes';
import { openRsaSignature } from './rsa-public-operation';

/** The DER of DigestInfo up to the hash value, per hash (RFC 8017 §9.2, note 1). */
const DIGEST_INFO_PREFIX: Readonly<Record<HmacHash, Uint8Array>> = {
  'SHA-256': Uint8Array.of(0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20),
  'SHA-384': Uint8Array.of(0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30),
  'SHA-512': Uint8Array.of(0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40),
};

/** The shortest padding string EMSA-PKCS1-v1_5 allows (RFC 8017 §9.2 step 3). */
const MIN_PADDING = 8;

/** Where the parts of a `length`-byte EMSA-PKCS1-v1_5 encoding lie; none when the length leaves no room. */
function encodingFields(length: number, hash: HmacHash): StepField[] {
  const tLen = DIGEST_INFO_PREFIX[hash].length + DIGEST_BYTES[hash];
  if (length < tLen + MIN_PADDING + 3) return [];
  const digestInfoStart = length - tLen;
  const hashStart = length - DIGEST_BYTES[hash];
  return [
    { label: 'padding', start: 0, end: digestInfoStart - 1 },
    { label: 'separator', start: digestInfoStart - 1, end: digestInfoStart },
    { label: 'digest-info', start: digestInfoStart, end: hashStart },
    { label: 'hash', start: hashStart, end: length },
  ];
}

/** Returns `00 01 FF…FF 00 ‖ DigestInfo ‖ digest` of `length` bytes, or null when it cannot fit. */
function encodeExpected(length: number, hash: HmacHash, digest: Uint8Array): Uint8Array | null {
  const prefix = DIGEST_INFO_PREFIX[hash];
  const padding = length - prefix.length - digest.length - 3;
  if (padding < MIN_PADDING) return null;
  return concatBytes(Uint8Array.of(0x00, 0x01), filledBytes(padding, 0xff), Uint8Array.of(0x00), prefix, digest);
}

/**
 * Returns the RSASSA-PKCS1-v1_5 walk (RFC 8017 §8.2.2): EM = s^e mod n with its padding, separator,
 * DigestInfo and H labelled, the DigestInfo found, the digest of the signing input and the encoding
 * a signer would have produced; it matches when EM equals that encoding byte for byte. Does not
 * judge the key's size or exponent.
 */
export function walkRsaPkcs1(alg: string, hash: HmacHash, n: bigint, e: bigint, signingInput: Uint8Array, signature: Uint8Array): SignatureWalk {
  const opened = openRsaSignature(n, e, signature);
  if (!opened.ok) return opened;
  const { em } = opened;
  const fields = encodingFields(em.length, hash);
  const hashStart = em.length - DIGEST_BYTES[hash];
  const digestInfoStart = hashStart - DIGEST_INFO_PREFIX[hash].length;
  const digestInfo = em.slice(Math.max(0, digestInfoStart));
  const h = em.slice(Math.max(0, hashStart));
  const digest = hashSha2(hash, signingInput);
  const expected = encodeExpected(em.length, hash, digest);
  return {
    ok: true,
    alg,
    family: 'rsa-pkcs1',
    steps: [
      { id: 'signing-input', bytes: signingInput },
      { id: 'signature', bytes: signature },
      { id: 'em', bytes: em, fields },
      {
        id: 'digest-info',
        bytes: digestInfo,
        fields: [
          { label: 'digest-info', start: 0, end: digestInfo.length - h.length },
          { label: 'hash', start: digestInfo.length - h.length, end: digestInfo.length },
        ],
      },
      { id: 'digest', bytes: digest },
      ...(expected === null ? [] : [{ id: 'expected-em' as const, bytes: expected, fields }]),
    ],
    match: opened.inRange && expected !== null && bytesEqual(em, expected),
    compared: { computed: digest, expected: h },
  };
}
